package ps.rasd.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.Http;
import ps.rasd.support.HostileFiles;
import ps.rasd.support.PollFixtures;
import ps.rasd.support.ServerTest;
import ps.rasd.support.SignedInHttp;

/**
 * Every upload and import of files, over real HTTP, fed what an attacker or a careless user sends: compression bombs
 * (zip and XLSX, one cell unpacking to hundreds of megabytes), external entities and "billion laughs" in a
 * spreadsheet's XML and in plain XML, nested and truncated archives, empty files, and files whose content is not what
 * their name says. Each must be refused cleanly, a 4xx page in Rasd's words, never a 500, never a hang, and the server
 * must keep answering. Bounded: the bombs are made once, small on the wire.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadFuzzServerTests {

	private static final List<String> HEADERS = List.of("governorate", "sex");

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	PollManagement polls;

	@Autowired
	FormsManagement forms;

	private SignedInHttp admin;

	private SignedInHttp analyst;

	private PollSummary poll;

	private final List<Hostile> files = new ArrayList<>();

	/** A hostile file: a name (its extension lies or not), a declared type, the bytes. */
	record Hostile(String name, String type, byte[] bytes) {

		@Override
		public String toString() {
			return name + " (" + bytes.length + " bytes)";
		}
	}

	@BeforeAll
	void setUp() {
		admin = SignedInHttp.signIn(port, AccountFixtures.admin(identity).username(), AccountFixtures.PASSWORD);
		String username = identity.createWithPassword(AccountFixtures.uniqueName("analyst"),
				new AccountDetails("باحث", null, EnumSet.of(Role.ANALYST), Set.of()), AccountFixtures.PASSWORD)
			.username();
		analyst = SignedInHttp.signIn(port, username, AccountFixtures.PASSWORD);
		poll = PollFixtures.pollInFieldwork(polls, forms);

		byte[] sheet = HostileFiles.spreadsheet(HEADERS, List.of("50", "male"));
		byte[] zipBomb = HostileFiles.zipBomb(200L * 1024 * 1024);
		String xmlLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;"
				+ "&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"
				+ "&lol2;&lol2;\">]><lolz>&lol3;</lolz>";
		String xmlXxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><x>&xxe;</x>";
		byte[] noise = new byte[4096];
		new Random(13).nextBytes(noise);
		add("bomb.xlsx", zipBomb);
		add("cell-bomb.xlsx", HostileFiles.spreadsheetBomb(sheet, 300L * 1024 * 1024));
		add("xxe.xlsx", HostileFiles.spreadsheetWithExternalEntity(sheet));
		add("laughs.xlsx", HostileFiles.spreadsheetWithBillionLaughs(sheet));
		add("nested.xlsx", HostileFiles.spreadsheetWithNestedArchive(sheet));
		add("truncated.xlsx", HostileFiles.truncated(sheet));
		add("image.xlsx", HostileFiles.pngHeader());
		add("image.csv", HostileFiles.pngHeader());
		add("image.json", HostileFiles.pngHeader());
		add("bomb.csv", zipBomb);
		add("bomb.json", zipBomb);
		add("sheet.json", sheet);
		add("noise.csv", noise);
		add("noise.json", noise);
		add("empty.csv", new byte[0]);
		add("empty.json", new byte[0]);
		add("laughs.json", xmlLaughs.getBytes(StandardCharsets.UTF_8));
		add("xxe.csv", xmlXxe.getBytes(StandardCharsets.UTF_8));
		add("laughs.xml", xmlLaughs.getBytes(StandardCharsets.UTF_8));
		add("gzip-bomb.csv", HostileFiles.gzipBomb(50L * 1024 * 1024));
		add("deep.json", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
	}

	private void add(String name, byte[] bytes) {
		files.add(new Hostile(name, name.endsWith(".xlsx")
				? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: name.endsWith(".json") ? "application/json" : "text/csv", bytes));
	}

	@Test
	void pollImportRefusesEveryHostileFileCleanly() {
		String page = "/polls/" + poll.id() + "/import";
		// a real spreadsheet named .json is read for what it is: the only file here a poll import may take
		for (Hostile file : files.stream().filter(f -> !f.name().equals("sheet.json")).toList()) {
			assertRefused(file, analyst.upload(page, page, Map.of(), "file", file.name(), file.type(), file.bytes(),
					"Cookie", "rasd-lang=en"));
		}
		assertStillAnswering(analyst.get(page));
	}

	@Test
	void facilityImportRefusesEveryHostileFileCleanly() {
		for (Hostile file : files) {
			assertRefused(file, admin.upload("/facilities/import", "/facilities/import", Map.of(), "file", file.name(),
					file.type(), file.bytes()));
		}
		assertStillAnswering(admin.get("/facilities/import"));
	}

	@Test
	void formImportRefusesEveryHostileFileCleanly() {
		int n = 0;
		for (Hostile file : files) {
			assertRefused(file, admin.upload("/admin/forms/import", "/admin/forms",
					Map.of("code", "fuzz-" + n++), "file", file.name(), file.type(), file.bytes()));
		}
		assertStillAnswering(admin.get("/admin/forms"));
	}

	private void assertRefused(Hostile file, HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s", file).isBetween(400, 499);
		assertThat(response.body()).as("%s", file).doesNotContain("Exception", "at ps.rasd", "root:x:0:0",
				"lollollol");
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as("%s", file).startsWith("text/html");
		assertStillAnswering(new Http(port).get("/actuator/health"));
	}

	private static void assertStillAnswering(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
	}
}
