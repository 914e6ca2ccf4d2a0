package ps.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ps.rasd.support.AppProcess;
import ps.rasd.support.HaProxy;
import ps.rasd.support.OpenSearchNode;
import ps.rasd.support.PostgresDatabase;

/**
 * Two application processes on one PostgreSQL behind HAProxy (Debian's {@code haproxy}), set up as the README's
 * "Running on several nodes" says: a person signs in through the proxy and is served by both nodes; failed sign-ins
 * and public complaints from one address count across both; one node is killed with SIGKILL while 16 clients file cases
 * and submit visits through the proxy, and afterwards every acknowledged case and visit is there, none twice, the
 * shared OpenSearch index finds every case on the survivor, the deadline check ran once every slot across the kill,
 * and the audit chain verifies.
 */
class TwoNodesBehindAProxyTests {

	private static final int CLIENTS = 16;

	private static final String TOKEN = "rasd_two-nodes-test-token-0123456789abcdefghijklmnopq";

	private static final String MONITOR_TOKEN = "rasd_two-nodes-monitor-token-0123456789abcdefghijklmn";

	/** The deadline check's slot in this test (15 minutes in production), looked for every half second. */
	private static final Duration SLOT = Duration.ofSeconds(3);

	private static final Pattern VISIT_ID = Pattern.compile("^\\{\"id\":(\\d+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@TempDir
	Path work;

	private String url;

	private long facility;

	private Instant killedAt;

	@Test
	void twoNodesServeOnePersonShareTheirLimitsAndLoseNothingWhenOneIsKilled() throws Exception {
		url = PostgresDatabase.newDatabaseUrl();
		Map<String, String> shared = settings(url);
		AppProcess node1 = AppProcess.start(work.resolve("node1.log"), node(shared, "node1"));
		AppProcess node2 = null;
		HaProxy proxy = null;
		try {
			try (Connection connection = DriverManager.getConnection(url, PostgresDatabase.user(),
					PostgresDatabase.password())) {
				NodeFixtures.addAdministrator(connection, "two-nodes", "two nodes, one person", TOKEN);
				NodeFixtures.addAdministrator(connection, "throttled", "throttled", null);
				NodeFixtures.addAccount(connection, "two-nodes-monitor", "a coordinator who visits", MONITOR_TOKEN,
						"COORDINATOR", "50");
				facility = NodeFixtures.addHealthCentre(connection);
			}
			node2 = AppProcess.start(work.resolve("node2.log"), node(shared, "node2"));
			System.out.printf("node1 ready after %d ms, node2 (on a migrated database) after %d ms%n",
					node1.startUp().toMillis(), node2.startUp().toMillis());
			proxy = HaProxy.start(work, node1.port(), node2.port());

			onePersonIsServedByBothNodes(proxy);
			failedSignInsCountOnBothNodes(proxy);
			complaintsFromOneAddressCountOnBothNodes(proxy);
			nothingAcknowledgedIsLostWhenANodeIsKilled(proxy, node1, node2);
			everySlotOfTheDeadlineCheckRanOnce();
		}
		finally {
			if (proxy != null) {
				proxy.stop();
			}
			node1.kill();
			if (node2 != null) {
				node2.kill();
			}
		}
		AppProcess verify = AppProcess.start(work.resolve("verify.log"), node(shared, "verify"),
				RasdApplication.AUDIT_VERIFY);
		assertThat(verify.process().exitValue()).as("audit-verify: %s", verify.tail()).isZero();
		assertThat(verify.tail()).contains("Audit log intact");
	}

	private void onePersonIsServedByBothNodes(HaProxy proxy) throws Exception {
		HttpClient browser = browser();
		signIn(browser, proxy, "two-nodes", NodeFixtures.PASSWORD);
		Set<String> servedBy = new HashSet<>();
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> page = browser.send(HttpRequest.newBuilder(proxy.uri("/account/tokens")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as("signed in on %s", page.headers().firstValue("X-Served-By"))
				.isEqualTo(200);
			servedBy.add(page.headers().firstValue("X-Served-By").orElse("?"));
		}
		assertThat(servedBy).containsExactlyInAnyOrder("node1", "node2");
	}

	private void failedSignInsCountOnBothNodes(HaProxy proxy) throws Exception {
		Set<String> servedBy = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			HttpClient browser = browser();
			if (i % 2 == 1) {
				// round robin: the form and its post go to the two nodes in turn; one more request swaps them
				browser.send(HttpRequest.newBuilder(proxy.uri("/login")).build(), HttpResponse.BodyHandlers.discarding());
			}
			servedBy.add(signIn(browser, proxy, "throttled", "not the password"));
		}
		assertThat(servedBy).as("the failures went to both nodes").containsExactlyInAnyOrder("node1", "node2");
		HttpClient browser = browser();
		signIn(browser, proxy, "throttled", NodeFixtures.PASSWORD);
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(proxy.uri("/account/tokens")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as("five failures across the nodes block the right password").isNotEqualTo(200);
	}

	private void complaintsFromOneAddressCountOnBothNodes(HaProxy proxy) throws Exception {
		HttpClient browser = browser();
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(proxy.uri("/complaint")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the complaint form's CSRF token").isTrue();
		Set<String> servedBy = new HashSet<>();
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			// an empty complaint is refused (422), but counted first
			HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(proxy.uri("/complaint"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)))).build(),
					HttpResponse.BodyHandlers.ofString());
			answers.add(answer.statusCode());
			servedBy.add(answer.headers().firstValue("X-Served-By").orElse("?"));
		}
		assertThat(servedBy).containsExactlyInAnyOrder("node1", "node2");
		assertThat(answers).as("five complaints an address, counted on both nodes").containsExactly(422, 422, 422,
				422, 422, 429);
	}

	private void nothingAcknowledgedIsLostWhenANodeIsKilled(HaProxy proxy, AppProcess victim, AppProcess survivor)
			throws Exception {
		Map<String, String> cases = new ConcurrentHashMap<>();
		Map<String, String> visits = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
		AtomicInteger sequence = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int i = 0; i < CLIENTS; i++) {
			clients.submit(() -> {
				while (!stop.get()) {
					int n = sequence.incrementAndGet();
					try {
						if (n % 2 == 0) {
							String key = "two-nodes-case-" + n;
							HttpResponse<String> answer = NodeFixtures.fileCase(client, proxy.uri("/api/v1/cases"),
									TOKEN, key);
							count(answers, "case " + answer.statusCode());
							if (answer.statusCode() == 201) {
								cases.put(key, answer.headers().firstValue("Location").orElse("?"));
							}
						}
						else {
							String key = "two-nodes-visit-" + n;
							HttpResponse<String> answer = NodeFixtures.submitVisit(client, proxy.uri("/api/v1/visits"),
									MONITOR_TOKEN, key, facility);
							count(answers, "visit " + answer.statusCode());
							if (answer.statusCode() == 201) {
								visits.put(key, visitId(answer));
							}
						}
					}
					catch (IOException ex) {
						// the node died under this request: it was never acknowledged
						count(answers, "cut");
					}
				}
				return null;
			});
		}
		awaitAcknowledged(cases, visits, 15);
		int casesBefore = cases.size();
		int visitsBefore = visits.size();
		killedAt = Instant.now();
		victim.kill();
		awaitAcknowledged(cases, visits, Math.max(casesBefore, visitsBefore) + 15);
		stop.set(true);
		clients.shutdown();
		assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		System.out.printf("kill -9 of node1 after %d acknowledged cases and %d visits; %d cases and %d visits "
				+ "acknowledged in all, of %d sent; answers: %s%n", casesBefore, visitsBefore, cases.size(),
				visits.size(), sequence.get(), new TreeMap<>(answers));

		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, String> entry : cases.entrySet()) {
			HttpResponse<String> retried = NodeFixtures.fileCase(client, proxy.uri("/api/v1/cases"), TOKEN,
					entry.getKey());
			String location = retried.headers().firstValue("Location").orElse("?");
			if (retried.statusCode() != 200 || !entry.getValue().equals(location)) {
				missing.add(entry.getKey() + " → " + entry.getValue() + " answered " + retried.statusCode());
			}
		}
		for (Map.Entry<String, String> entry : visits.entrySet()) {
			HttpResponse<String> retried = NodeFixtures.submitVisit(client, proxy.uri("/api/v1/visits"),
					MONITOR_TOKEN, entry.getKey(), facility);
			if (retried.statusCode() != 200 || !entry.getValue().equals(visitId(retried))) {
				missing.add(entry.getKey() + " → visit " + entry.getValue() + " answered " + retried.statusCode());
			}
		}
		assertThat(missing).as("acknowledged submissions missing after kill -9, of %d cases and %d visits",
				cases.size(), visits.size()).isEmpty();
		try (Connection connection = DriverManager.getConnection(url, PostgresDatabase.user(),
				PostgresDatabase.password()); Statement statement = connection.createStatement()) {
			assertOnceAKey(statement, "cases_case", "two-nodes-case-", cases.size());
			assertOnceAKey(statement, "monitoring_visit", "two-nodes-visit-", visits.size());
		}
		everyCaseIsFoundOn(survivor, client, cases.values());
	}

	private static void count(Map<String, AtomicInteger> answers, String answer) {
		answers.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
	}

	private static void assertOnceAKey(Statement statement, String table, String prefix, int acknowledged)
			throws Exception {
		try (ResultSet rows = statement.executeQuery("select count(*), count(distinct idempotency_key) from " + table
				+ " where idempotency_key like '%" + prefix + "%'")) {
			rows.next();
			assertThat(rows.getInt(1)).as("one row of %s a key, none twice", table).isEqualTo(rows.getInt(2))
				.isGreaterThanOrEqualTo(acknowledged);
		}
	}

	/** Every acknowledged case is found by its reference in the shared index, searched on the node that survived. */
	private static void everyCaseIsFoundOn(AppProcess node, HttpClient client, Collection<String> locations)
			throws Exception {
		Set<String> unfound = new HashSet<>();
		locations.forEach(location -> unfound.add(location.substring(location.lastIndexOf('/') + 1)));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (!unfound.isEmpty() && System.nanoTime() < deadline) {
			for (String reference : List.copyOf(unfound)) {
				HttpResponse<String> found = client.send(HttpRequest.newBuilder(node.uri("/api/v1/search?q="
						+ encode(reference))).header("Authorization", "Bearer " + TOKEN).build(),
						HttpResponse.BodyHandlers.ofString());
				if (found.statusCode() == 200 && found.body().contains("\"reference\":\"" + reference + "\"")) {
					unfound.remove(reference);
				}
			}
			if (!unfound.isEmpty()) {
				Thread.sleep(1000);
			}
		}
		assertThat(unfound).as("acknowledged cases the survivor's search does not find, of %d", locations.size())
			.isEmpty();
	}

	/**
	 * The deadline check ran once a slot across the kill: slots follow each other without a gap and none twice (the
	 * key), both nodes ran some, and the survivor went on after the kill.
	 */
	private void everySlotOfTheDeadlineCheckRanOnce() throws Exception {
		List<Instant> slots = new ArrayList<>();
		Set<String> nodes = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(url, PostgresDatabase.user(),
				PostgresDatabase.password()); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select slot_start, node from platform_job_run "
						+ "where job = 'cases.deadlines' order by slot_start")) {
			while (rows.next()) {
				slots.add(rows.getObject(1, OffsetDateTime.class).toInstant());
				nodes.add(rows.getString(2));
			}
		}
		System.out.printf("deadline check: %d slots of %s from %s to %s, run by %s%n", slots.size(), SLOT,
				slots.get(0), slots.get(slots.size() - 1), nodes);
		List<String> gaps = new ArrayList<>();
		for (int i = 1; i < slots.size(); i++) {
			if (!slots.get(i).equals(slots.get(i - 1).plus(SLOT))) {
				gaps.add(slots.get(i - 1) + " → " + slots.get(i));
			}
		}
		assertThat(gaps).as("slots skipped or run twice").isEmpty();
		assertThat(nodes).containsExactlyInAnyOrder("node1", "node2");
		assertThat(slots.get(slots.size() - 1)).as("the survivor went on after the kill").isAfter(killedAt);
	}

	private static String visitId(HttpResponse<String> answer) {
		Matcher id = VISIT_ID.matcher(answer.body());
		return id.find() ? id.group(1) : "?";
	}

	private static void awaitAcknowledged(Map<String, String> cases, Map<String, String> visits, int each)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while ((cases.size() < each || visits.size() < each) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(cases.size()).as("cases acknowledged through the proxy").isGreaterThanOrEqualTo(each);
		assertThat(visits.size()).as("visits acknowledged through the proxy").isGreaterThanOrEqualTo(each);
	}

	/** Signs in through the proxy; the node that answered the form. */
	private static String signIn(HttpClient browser, HaProxy proxy, String username, String password)
			throws Exception {
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(proxy.uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(proxy.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("X-Served-By").orElse("?");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(2))
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** What every node shares: the database, sessions in it, the keys, the proxy trusted for the client's address. */
	private Map<String, String> settings(String url) throws IOException {
		Map<String, String> settings = new HashMap<>(Map.of("RASD_DB_URL", url, "RASD_DB_USER",
				PostgresDatabase.user(), "RASD_DB_PASSWORD", PostgresDatabase.password(), "RASD_NODES", "2",
				"RASD_SESSIONS", "jdbc", "RASD_DATA_DIR", Files.createDirectories(work.resolve("data")).toString(),
				"RASD_TRUSTED_PROXIES", "127.0.0.1", "RASD_TWO_FACTOR_REQUIRED", "false", "RASD_DEMO", "false"));
		settings.put("RASD_API_REQUESTS_PER_MINUTE", "1000000");
		settings.put("RASD_API_BURST", "1000000");
		// one OpenSearch index shared by both nodes (the embedded server of this JVM, over loopback HTTP)
		settings.put("RASD_SEARCH_URL", OpenSearchNode.url());
		settings.put("RASD_SEARCH_INDEX_NAME", "rasd-two-nodes-proxy-" + ProcessHandle.current().pid());
		// the deadline check once every three seconds, looked for twice a second on each node
		settings.put("SPRING_APPLICATION_JSON", "{\"rasd.cases.deadline-check\": \"" + SLOT
				+ "\", \"rasd.cases.deadline-look\": \"PT0.5S\", \"rasd.cases.deadline-first\": \"PT1S\"}");
		for (String key : List.of("RASD_CASES_LINK_KEY", "RASD_API_CURSOR_KEY", "RASD_EVIDENCE_SEALING_KEY",
				"RASD_FREEDOMS_SEALING_KEY", "RASD_TWO_FACTOR_KEY", "RASD_OPENROSA_DIGEST_KEY")) {
			settings.put(key, Base64.getEncoder().encodeToString(key.substring(0, 16).repeat(2).getBytes()));
		}
		return settings;
	}

	private Map<String, String> node(Map<String, String> shared, String name) {
		Map<String, String> node = new HashMap<>(shared);
		node.put("RASD_NODE_NAME", name);
		node.put("RASD_SEARCH_INDEX_DIR", work.resolve("index-" + name).toString());
		return node;
	}
}
