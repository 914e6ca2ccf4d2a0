package ps.rasd.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/rasd}, the production start (README, "Faster start in production"), run with a stand-in {@code java} on
 * the path that writes down each call: it extracts a jar once and again when the jar changes, makes the class-data
 * sharing archive once, and starts the extracted jar with the archive, the memory settings (an initial heap no larger
 * than the maximum) and the arguments.
 */
class LauncherScriptTests {

	private static final String FAKE_JAVA = """
			#!/usr/bin/env bash
			echo "MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX $*" >> "$CALLS"
			while [ $# -gt 0 ]; do
			  case $1 in
			    --destination) mkdir -p "$2" && touch "$2/rasd.jar"; shift ;;
			    -XX:ArchiveClassesAtExit=*) touch "${1#-XX:ArchiveClassesAtExit=}" ;;
			  esac
			  shift
			done
			""";

	@TempDir
	Path dir;

	private Path calls;

	private Path jar;

	@BeforeEach
	void fakeJava() throws IOException {
		Path bin = Files.createDirectories(dir.resolve("bin"));
		Path java = Files.writeString(bin.resolve("java"), FAKE_JAVA);
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		calls = dir.resolve("calls.txt");
		jar = Files.writeString(dir.resolve("rasd.jar"), "version 1");
	}

	@Test
	void extractsAndMakesTheArchiveOnceThenStartsSmall() throws Exception {
		launch(Map.of("RASD_HEAP", "256m"), "create-admin", "--username", "amal");
		launch(Map.of());

		List<String> lines = Files.readAllLines(calls);
		Path run = dir.resolve("rasd-run");
		assertThat(lines.stream().filter(line -> line.contains("-Djarmode=tools"))).hasSize(1);
		assertThat(lines.stream().filter(line -> line.contains("-XX:ArchiveClassesAtExit="))).singleElement()
			.asString()
			.contains("-Dspring.context.exit=onRefresh");
		List<String> starts = lines.stream().filter(line -> line.contains("-XX:SharedArchiveFile=")).toList();
		assertThat(starts).hasSize(2);
		assertThat(starts.get(0)).startsWith("MALLOC_ARENA_MAX=2 ")
			.contains("-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Xms96m", "-XX:MaxNewSize=24m",
					"-XX:MaxHeapFreeRatio=30", "-XX:MetaspaceSize=128m",
					"-XX:SharedArchiveFile=" + run.resolve("rasd.jsa"), "-Xmx256m")
			.endsWith("-jar " + run.resolve("rasd.jar") + " create-admin --username amal");
		assertThat(starts.get(1)).doesNotContain("-Xmx").endsWith("-jar " + run.resolve("rasd.jar"));
	}

	@Test
	void aHeapSmallerThanTheInitialOneStartsAtItsMaximum() throws Exception {
		launch(Map.of("RASD_HEAP", "64m"));
		launch(Map.of("RASD_HEAP", "1g"));

		List<String> starts = Files.readAllLines(calls)
			.stream()
			.filter(line -> line.contains("-XX:SharedArchiveFile="))
			.toList();
		assertThat(starts.get(0)).contains("-Xms64m", "-Xmx64m").doesNotContain("-Xms96m");
		assertThat(starts.get(1)).contains("-Xms96m", "-Xmx1g");
	}

	@Test
	void aNewJarIsExtractedAgainWithANewArchive() throws Exception {
		launch(Map.of(), "--prepare");
		Files.writeString(jar, "version 2");
		launch(Map.of(), "--prepare");

		List<String> lines = Files.readAllLines(calls);
		assertThat(lines.stream().filter(line -> line.contains("-Djarmode=tools"))).hasSize(2);
		assertThat(lines.stream().filter(line -> line.contains("-XX:ArchiveClassesAtExit="))).hasSize(2);
		assertThat(lines.stream().filter(line -> line.contains("-XX:SharedArchiveFile="))).isEmpty();
	}

	private void launch(Map<String, String> settings, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", Path.of("bin/rasd").toAbsolutePath().toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.put("PATH", dir.resolve("bin") + ":" + environment.get("PATH"));
		environment.put("CALLS", calls.toString());
		environment.put("RASD_JAR", jar.toString());
		environment.remove("MALLOC_ARENA_MAX");
		environment.remove("JAVA_OPTS");
		environment.putAll(settings);
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
	}
}
