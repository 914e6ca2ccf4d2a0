package ps.rasd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.persistence.Entity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** House rules of STYLE.md that the compiler does not check. */
@AnalyzeClasses(packages = "ps.rasd", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule constructorInjectionOnly = fields().should().notBeAnnotatedWith(Autowired.class)
		.because("dependencies are passed to constructors");

	@ArchTest
	static final ArchRule controllersAreNotTransactional = noClasses().that().areAnnotatedWith(Controller.class)
		.or().areAnnotatedWith(RestController.class)
		.should().beAnnotatedWith(Transactional.class)
		.because("transactions belong to facades, never to controllers");

	@ArchTest
	static final ArchRule controllerMethodsAreNotTransactional = methods().that().areDeclaredInClassesThat()
		.areAnnotatedWith(Controller.class).or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
		.should().notBeAnnotatedWith(Transactional.class);

	@ArchTest
	static final ArchRule controllersUseFacadesNotRepositories = noClasses().that().resideInAnyPackage("..web..",
			"..rest..")
		.should().dependOnClassesThat().resideInAPackage("..domain..")
		.because("pages and the API go through the module's facade");

	@ArchTest
	static final ArchRule entitiesLiveInDomainPackages = classes().that().areAnnotatedWith(Entity.class)
		.should().resideInAPackage("..domain..");

	@ArchTest
	static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

	@ArchTest
	static final ArchRule consoleOnlyForCommandsAndDemoAccounts = noClasses().that()
		.doNotHaveSimpleName("CreateAdminCommand").and().doNotHaveSimpleName("AuditVerifyCommand")
		.and().doNotHaveSimpleName("BackupCommands").and().doNotHaveSimpleName("SearchReindexCommand")
		.and().doNotHaveSimpleName("DemoAccounts")
		.should().accessField(System.class, "out").orShould().accessField(System.class, "err")
		.because("everything else logs; only commands and the one-time demo passwords talk to the console");
}
