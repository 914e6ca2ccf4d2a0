package ps.rasd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
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
		.and().doNotHaveSimpleName("PublicCountsRebuildCommand").and().doNotHaveSimpleName("ReachRebuildCommand")
		.and().doNotHaveSimpleName("DemoAccounts")
		.should().accessField(System.class, "out").orShould().accessField(System.class, "err")
		.because("everything else logs; only commands and the one-time demo passwords talk to the console");

	/** Contracts of {@code shared.spi} that a module implements as a service, not as a contribution to a listing. */
	private static final Set<String> SERVICES = Set.of("BearerTokens", "PdfRenderer", "ExportSink", "SecondFactor",
			"PartnerOrganisations", "MadeFiles", "BucketObjects");

	private static final DescribedPredicate<JavaClass> CONTRIBUTIONS = new DescribedPredicate<>(
			"implement a contribution contract of shared.spi") {

		@Override
		public boolean test(JavaClass type) {
			return !type.isInterface() && type.getAllRawInterfaces().stream()
				.anyMatch(i -> i.getPackageName().equals("ps.rasd.shared.spi") && !SERVICES.contains(i.getSimpleName()));
		}
	};

	private static final ArchCondition<JavaClass> LISTED_IN_A_MANIFEST = new ArchCondition<>(
			"be listed beside a <Module>Contributions configuration in the module's internal package") {

		@Override
		public void check(JavaClass type, ConditionEvents events) {
			String module = type.getPackageName().replaceFirst("^ps\\.rasd\\.([a-z]+)\\..*$", "$1");
			String manifest = "ps.rasd." + module + ".internal." + Character.toUpperCase(module.charAt(0))
					+ module.substring(1) + "Contributions";
			boolean found = type.getPackage().getClasses().stream()
				.anyMatch(c -> c.getName().equals(manifest) && c.isAnnotatedWith(Configuration.class));
			events.add(new SimpleConditionEvent(type, found, type.getName() + (found ? " is beside " : " is not beside ")
					+ manifest));
		}
	};

	@ArchTest
	static final ArchRule contributionsAreDeclaredInManifests = classes().that(CONTRIBUTIONS)
		.should().notBeMetaAnnotatedWith(Component.class)
		.andShould().resideInAPackage("ps.rasd.*.internal")
		.andShould(LISTED_IN_A_MANIFEST)
		.because("a module says in one place what it contributes: its <Module>Contributions declares each as a bean");

	@ArchTest
	static final ArchRule spiHoldsOnlyContracts = classes().that().resideInAPackage("ps.rasd.shared.spi")
		.and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
		.should(new ArchCondition<JavaClass>("be an interface or a record") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean contract = type.isInterface() || type.isRecord();
				events.add(new SimpleConditionEvent(type, contract, type.getName()
						+ (contract ? " is a contract" : " is neither an interface nor a record")));
			}
		})
		.because("shared.spi holds the contracts modules plug in through; helpers live elsewhere (shared.sql)");
}
