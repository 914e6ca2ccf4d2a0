package ps.rasd.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ps.rasd.RasdApplication;

/**
 * The application in its own JVM (the test's classes, as {@code java -jar} runs them) with these settings, on a free
 * port, ready when started; killed with SIGKILL.
 */
public record AppProcess(Process process, int port, Path log, Duration startUp) {

	public static AppProcess start(Path log, Map<String, String> settings, String... arguments) throws Exception {
		int port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				RasdApplication.class.getName()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().keySet().removeIf(name -> name.startsWith("RASD_"));
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		builder.environment().putAll(settings);
		Instant started = Instant.now();
		Process process = builder.start();
		if (arguments.length > 0) {
			process.waitFor(5, TimeUnit.MINUTES);
			return new AppProcess(process, port, log, Duration.between(started, Instant.now()));
		}
		awaitReady(process, port, log);
		return new AppProcess(process, port, log, Duration.between(started, Instant.now()));
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** SIGKILL: no shutdown hook, no flush, no close. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	public String tail() throws IOException {
		String text = Files.readString(log, StandardCharsets.UTF_8);
		return text.substring(Math.max(0, text.length() - 4000));
	}

	private static void awaitReady(Process process, int port, Path log) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
		Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped at start: " + new AppProcess(process, port,
						log, Duration.ZERO).tail());
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(readiness)
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the application did not become ready: "
				+ new AppProcess(process, port, log, Duration.ZERO).tail());
	}
}
