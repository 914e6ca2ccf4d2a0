package ps.rasd;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** An administrator written straight into a database that application processes made, and cases filed over HTTP. */
final class NodeFixtures {

	static final String PASSWORD = "two nodes, one person, 2026";

	private NodeFixtures() {
	}

	/** An administrator who signs in with {@link #PASSWORD}, with a write token when one is given. */
	static void addAdministrator(Connection connection, String username, String name, String token) throws Exception {
		long account;
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into identity_account (username, display_name, password_hash, must_change_password, enabled,
				  created_at, updated_at, version) values (?, ?, ?, false, true, current_timestamp, current_timestamp, 0)
				""", new String[] { "id" })) {
			insert.setString(1, username);
			insert.setString(2, name);
			insert.setString(3, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD));
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
		if (token == null) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into identity_api_token (account_id, name, token_hash, prefix, scope, created_at)
				values (?, ?, ?, ?, 'WRITE', current_timestamp)""")) {
			insert.setLong(1, account);
			insert.setString(2, name);
			insert.setString(3, HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
			insert.setString(4, token.substring(0, 12));
			insert.executeUpdate();
		}
	}

	/** Files a case about the water through the JSON API with this idempotency key. */
	static HttpResponse<String> fileCase(HttpClient http, URI cases, String token, String key)
			throws IOException, InterruptedException {
		String body = """
				{"title": "انقطاع المياه عن الحي", "description": "المياه مقطوعة عن الحي منذ أسبوع",
				 "sectorCode": "WATER", "governorateCode": "50"}""";
		HttpRequest request = HttpRequest.newBuilder(cases).timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
