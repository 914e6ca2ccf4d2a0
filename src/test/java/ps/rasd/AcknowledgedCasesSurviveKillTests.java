package ps.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ps.rasd.support.PostgresDatabase;

/**
 * A case answered 201 is stored, with its idempotency key, whatever happens to the process next: the application runs
 * in a child JVM (the packaged classes, as {@code java -jar} runs them), eight clients file cases through the API,
 * the child is killed with SIGKILL while they do, twice, and after each restart every acknowledged case is there and
 * a retry with its key answers the same case (200), never a new one — on the embedded default database (H2, a file
 * under the data folder, the README's run command) and on PostgreSQL.
 */
class AcknowledgedCasesSurviveKillTests {

	private static final int FILERS = 8;

	private static final Duration FILING = Duration.ofSeconds(3);

	private static final String TOKEN = "rasd_kill-nine-test-token-0123456789abcdefghijklmnopq";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@TempDir
	Path data;

	@Test
	void onTheEmbeddedDefaultDatabase() throws Exception {
		// the default URL of application.properties, to reach the file from this JVM (AUTO_SERVER) once it exists
		String jdbc = "jdbc:h2:file:" + data.resolve("db/rasd").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
		survivesTwoKills(Map.of(), jdbc, "sa", "");
	}

	@Test
	void onPostgres() throws Exception {
		String url = PostgresDatabase.newDatabaseUrl();
		survivesTwoKills(Map.of("RASD_DB_URL", url, "RASD_DB_USER", PostgresDatabase.user(), "RASD_DB_PASSWORD",
				PostgresDatabase.password()), url, PostgresDatabase.user(), PostgresDatabase.password());
	}

	private void survivesTwoKills(Map<String, String> database, String jdbc, String user, String password)
			throws Exception {
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger sequence = new AtomicInteger();
		Child child = Child.start(data, database);
		try {
			try (Connection connection = DriverManager.getConnection(jdbc, user, password)) {
				addWriter(connection);
			}
			for (int kill = 1; kill <= 2; kill++) {
				fileUntilKilled(child, acknowledged, sequence);
				child = Child.start(data, database);
				assertThat(acknowledged).as("cases acknowledged before kill %d", kill).isNotEmpty();
				System.out.printf("kill -9 #%d: %d cases acknowledged so far%n", kill, acknowledged.size());
				everyAcknowledgedCaseIsThere(child, acknowledged);
			}
		}
		finally {
			child.kill();
		}
		try (Connection connection = DriverManager.getConnection(jdbc, user, password);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select count(*), count(distinct idempotency_key) from cases_case where idempotency_key like '%:kill-%'")) {
			rows.next();
			assertThat(rows.getInt(1)).as("one case a key, no duplicate").isEqualTo(rows.getInt(2));
		}
	}

	/** Files from several threads until the child is killed, a moment into the filing. */
	private void fileUntilKilled(Child child, Map<String, String> acknowledged, AtomicInteger sequence)
			throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService filers = Executors.newFixedThreadPool(FILERS);
		int before = acknowledged.size();
		for (int i = 0; i < FILERS; i++) {
			filers.submit(() -> {
				while (!killed.get()) {
					String key = "kill-" + sequence.incrementAndGet();
					try {
						HttpResponse<String> answer = file(child, key);
						if (answer.statusCode() == 201) {
							acknowledged.put(key, reference(answer));
						}
					}
					catch (IOException ex) {
						// the process is gone: this request was never acknowledged
					}
				}
				return null;
			});
		}
		Instant until = Instant.now().plus(FILING);
		while (Instant.now().isBefore(until) || acknowledged.size() == before) {
			Thread.sleep(50);
		}
		child.kill();
		killed.set(true);
		filers.shutdown();
		assertThat(filers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
	}

	private void everyAcknowledgedCaseIsThere(Child child, Map<String, String> acknowledged) throws Exception {
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, String> entry : acknowledged.entrySet()) {
			HttpResponse<String> retried = file(child, entry.getKey());
			if (retried.statusCode() != 200 || !entry.getValue().equals(reference(retried))) {
				missing.add(entry.getKey() + " → " + entry.getValue() + " answered " + retried.statusCode() + " "
						+ reference(retried));
			}
		}
		assertThat(missing).as("acknowledged cases missing after kill -9, of %d", acknowledged.size()).isEmpty();
	}

	private HttpResponse<String> file(Child child, String key) throws IOException, InterruptedException {
		String body = """
				{"title": "انقطاع المياه عن الحي", "description": "المياه مقطوعة عن الحي منذ أسبوع",
				 "sectorCode": "WATER", "governorateCode": "50"}""";
		HttpRequest request = HttpRequest.newBuilder(child.uri("/api/v1/cases")).timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + TOKEN).header("Idempotency-Key", key)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String reference(HttpResponse<String> answer) {
		return answer.headers().firstValue("Location").orElse("(none)");
	}

	/** An administrator with a write token, straight into the database the child made. */
	private static void addWriter(Connection connection) throws Exception {
		long account;
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into identity_account (username, display_name, password_hash, must_change_password, enabled,
				  created_at, updated_at, version) values ('kill-nine', 'kill -9', '{noop}-', false, true,
				  current_timestamp, current_timestamp, 0)""", new String[] { "id" })) {
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				account = keys.getLong(1);
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("insert into identity_account_role (account_id, role) values (" + account
					+ ", 'ADMIN')");
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into identity_api_token (account_id, name, token_hash, prefix, scope, created_at)
				values (?, 'kill -9', ?, ?, 'WRITE', current_timestamp)""")) {
			insert.setLong(1, account);
			insert.setString(2, HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8))));
			insert.setString(3, TOKEN.substring(0, 12));
			insert.executeUpdate();
		}
	}

	/** The application in its own JVM, on a data folder, healthy when started. */
	private record Child(Process process, int port, Path data) {

		static Child start(Path data, Map<String, String> database) throws Exception {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
					"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), RasdApplication.class.getName())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("child.log").toFile()));
			builder.environment().put("RASD_DATA_DIR", data.toAbsolutePath().toString());
			builder.environment().put("SERVER_PORT", String.valueOf(port));
			builder.environment().put("RASD_DEMO", "false");
			// the retries of every acknowledged key come at once: the per-token limit is not what is tested here
			builder.environment().put("RASD_API_REQUESTS_PER_MINUTE", "1000000");
			builder.environment().put("RASD_API_BURST", "1000000");
			builder.environment().remove("RASD_DB_URL");
			builder.environment().putAll(database);
			Child child = new Child(builder.start(), port, data);
			child.awaitHealthy();
			return child;
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		private void awaitHealthy() throws Exception {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			while (Instant.now().isBefore(deadline)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("the application stopped at start: " + log());
				}
				try {
					HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health"))
						.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200 && health.body().contains("UP")) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(200);
			}
			kill();
			throw new IllegalStateException("the application did not become healthy: " + log());
		}

		private String log() throws IOException {
			String text = Files.readString(data.resolve("child.log"), StandardCharsets.UTF_8);
			return text.substring(Math.max(0, text.length() - 4000));
		}

		/** SIGKILL: no shutdown hook, no flush, no close. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}
}
