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

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** An administrator written straight into a database that application processes made, and cases filed over HTTP. */
final class NodeFixtures {

	static final String PASSWORD = "two nodes, one person, 2026";

	private NodeFixtures() {
	}

	/** An administrator who signs in with {@link #PASSWORD}, with a write token when one is given. */
	static void addAdministrator(Connection connection, String username, String name, String token) throws Exception {
		addAccount(connection, username, name, token, "ADMIN", null);
	}

	/** An account of this role (in this governorate, if any) who signs in with {@link #PASSWORD}, with a token. */
	static void addAccount(Connection connection, String username, String name, String token, String role,
			String governorate) throws Exception {
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
					+ ", '" + role + "')");
			if (governorate != null) {
				statement.executeUpdate("insert into identity_account_governorate (account_id, governorate_code) "
						+ "values (" + account + ", '" + governorate + "')");
			}
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

	/**
	 * A health centre in Hebron (its directorate with it) and the demo health-centre scorecard published for the
	 * sector, as an administrator would set them up; the centre's id.
	 */
	static long addHealthCentre(Connection connection) throws Exception {
		long sector = single(connection, "select id from registry_sector where code = 'HEALTH'");
		long authority = insert(connection, """
				insert into registry_authority (kind, name_ar, governorate_code, sector_id, reply_deadline_days, active,
				  version) values ('DIRECTORATE', 'مديرية صحة الخليل', '50', ?, 14, true, 0)""", sector);
		long facility = insert(connection, """
				insert into registry_facility (name_ar, type_code, sector_id, authority_id, governorate_code, status,
				  search_key, created_at, updated_at, version)
				values ('مركز صحي دورا', 'PRIMARY_HEALTH_CENTRE', ?, ?, '50', 'OPEN', 'مركز صحي دورا', current_timestamp,
				  current_timestamp, 0)""", sector, authority);
		long form = insert(connection, """
				insert into forms_form (code, title_ar, sector_code, created_at, version)
				values ('two-nodes-health', 'بطاقة تقييم مركز الرعاية الصحية الأولية', 'HEALTH', current_timestamp, 0)""");
		String definition = new ClassPathResource("data/demo/forms/health-centre.json")
			.getContentAsString(StandardCharsets.UTF_8);
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into forms_form_version (form_id, number, status, definition, created_at, published_at,
				  published_by, version) values (?, 1, 'PUBLISHED', ?, current_timestamp, current_timestamp, 'test', 0)""")) {
			insert.setLong(1, form);
			insert.setString(2, definition);
			insert.executeUpdate();
		}
		return facility;
	}

	private static long single(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static long insert(Connection connection, String sql, long... values) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement(sql, new String[] { "id" })) {
			for (int i = 0; i < values.length; i++) {
				insert.setLong(i + 1, values[i]);
			}
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	/** Submits a visit to the health centre, answered in full, through the JSON API with this idempotency key. */
	static HttpResponse<String> submitVisit(HttpClient http, URI visits, String token, String key, long facility)
			throws IOException, InterruptedException {
		String body = """
				{"facilityId": %d, "submit": true, "answers": {"visit_date": "2026-11-28", "arrival_time": "08:10",
				"open_on_arrival": "yes", "wait_minutes": "10", "essential_medicines": "all", "cleanliness_rating": "5",
				"toilets_working": "yes", "staff_attitude": "5", "doctor_present": "yes", "ramp": "yes",
				"accessible_toilet": "yes"}}""".formatted(facility);
		HttpRequest request = HttpRequest.newBuilder(visits).timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
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
