package ps.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules use only each other's API packages and only the modules they declare; the module documentation committed
 * under {@code docs/modules} (Modulith's diagrams and canvases) is what the code says today. After a change of a
 * module's shape, write it again with {@code -Drasd.module-docs.write=true} and commit it. The order of lines is
 * not compared (Modulith's order of relations varies between runs).
 */
class ModularityTests {

	private static final Path COMMITTED = Paths.get("docs", "modules");

	private static final Path GENERATED = Paths.get("target", "module-docs");

	private final ApplicationModules modules = ApplicationModules.of(RasdApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void committedModuleDocumentationIsCurrent() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		List<Path> generated = files(GENERATED);
		if (Boolean.getBoolean("rasd.module-docs.write")) {
			write(generated);
		}
		List<String> stale = new ArrayList<>();
		for (Path file : generated) {
			Path committed = COMMITTED.resolve(GENERATED.relativize(file));
			if (!Files.exists(committed) || !lines(committed).equals(lines(file))) {
				stale.add(committed.toString());
			}
		}
		for (Path file : files(COMMITTED)) {
			if (!Files.exists(GENERATED.resolve(COMMITTED.relativize(file)))) {
				stale.add(file + " (no longer generated)");
			}
		}
		assertThat(stale).as("docs/modules is out of date: run ModularityTests with -Drasd.module-docs.write=true and "
				+ "commit docs/modules").isEmpty();
	}

	/**
	 * The lines of a file in sorted order: Modulith writes the same relations in an order that changes from run to
	 * run, so the files are compared as sets of lines (any line added, removed or changed still shows).
	 */
	private static List<String> lines(Path file) throws IOException {
		// a table cell's first item starts with "|": which event comes first in it also changes from run to run
		return Files.readAllLines(file).stream().map(String::stripTrailing)
			.map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted().toList();
	}

	private static void write(List<Path> generated) throws IOException {
		for (Path file : files(COMMITTED)) {
			Files.delete(file);
		}
		for (Path file : generated) {
			Path target = COMMITTED.resolve(GENERATED.relativize(file));
			Files.createDirectories(target.getParent());
			Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static List<Path> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
