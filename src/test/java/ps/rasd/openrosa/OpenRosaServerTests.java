package ps.rasd.openrosa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.TestFiles;
import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.PollFixtures;
import ps.rasd.support.Principals;
import ps.rasd.support.ServerTest;
import ps.rasd.support.SignedInHttp;

/**
 * ODK Collect's conversation with the running application, over HTTP: the form list and its manifest, the XForm
 * (binds and translations), a submission with a photo, a resent one, a refused one, a wrong token.
 */
@ServerTest
class OpenRosaServerTests {

	private static final String XFORMS = "http://www.w3.org/2002/xforms";

	@LocalServerPort
	int port;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	IdentityManagement identity;

	@Autowired
	OpenRosaManagement devices;

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	ps.rasd.monitoring.RoundPlanning rounds;

	@Autowired
	PollManagement polls;

	@Autowired
	PollFieldwork fieldwork;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private FacilitySummary facility;

	private FormSummary form;

	private AccountSummary monitor;

	private NewDevice device;

	@BeforeEach
	void aMonitorWithAPhone() {
		facility = MonitoringFixtures.hebronHealthCentre(registry);
		form = MonitoringFixtures.publishedHealthForm(forms);
		monitor = AccountFixtures.hebronMonitor(identity);
		device = devices.register(monitor.id(), "هاتف الراصد", Principals.coordinator(AccountFixtures.HEBRON));
	}

	@Test
	void theFormListNamesThePublishedScorecardWithAManifestOfTheFacilities() throws Exception {
		HttpResponse<String> list = get("/formList", "en");

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.headers().firstValue("X-OpenRosa-Version")).hasValue("1.0");
		Element xform = entry(xml(list.body()));
		assertThat(text(xform, "name")).isEqualTo("Primary health centre scorecard");
		assertThat(text(xform, "version")).isEqualTo("1");
		assertThat(text(xform, "hash")).matches("md5:[0-9a-f]{32}");
		HttpResponse<String> manifest = client.send(HttpRequest.newBuilder(URI.create(text(xform, "manifestUrl")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(manifest.statusCode()).isEqualTo(200);
		String csvUrl = text(xml(manifest.body()).getDocumentElement(), "downloadUrl");
		String csv = client.send(HttpRequest.newBuilder(URI.create(csvUrl)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(csv).startsWith("name,label\n").contains(facility.id() + ",\"مركز صحي دورا (Dura Health Centre)\"");
	}

	@Test
	void theXFormHasABindPerQuestionInXPathAndArabicAndEnglishTranslations() throws Exception {
		Element xform = entry(xml(get("/formList", "ar").body()));
		Document document = xml(client.send(HttpRequest.newBuilder(URI.create(text(xform, "downloadUrl"))).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());

		Element waiting = bind(document, "/data/waiting/wait_minutes");
		assertThat(waiting.getAttribute("type")).isEqualTo("int");
		assertThat(waiting.getAttribute("constraint")).contains(". >= 0");
		assertThat(bind(document, "/data/visit/closed_reason").getAttribute("relevant"))
			.isEqualTo("(/data/visit/open_on_arrival = 'no')");
		assertThat(bind(document, "/data/visit/visit_date").getAttribute("required")).isEqualTo("true()");
		assertThat(bind(document, "/data/meta/instanceID").getAttributeNS("http://openrosa.org/javarosa", "preload"))
			.isEqualTo("uid");
		NodeList translations = document.getElementsByTagNameNS(XFORMS, "translation");
		assertThat(translations.getLength()).isEqualTo(2);
		Element arabic = (Element) translations.item(0);
		assertThat(arabic.getAttribute("lang")).isEqualTo("Arabic (ar)");
		assertThat(arabic.getAttribute("default")).isEqualTo("true()");
		assertThat(label(arabic, "/data/visit/visit_date:label")).isEqualTo("تاريخ الزيارة");
		assertThat(label((Element) translations.item(1), "/data/visit/visit_date:label")).isEqualTo("Date of the visit");
	}

	@Test
	void aSubmissionWithAPhotoBecomesASubmittedVisitWithThePhotoStripped() throws Exception {
		HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create(base() + "/submission"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(check.statusCode()).isEqualTo(204);
		assertThat(check.headers().firstValue("X-OpenRosa-Accept-Content-Length")).hasValue("2097152");
		String instance = "uuid:" + UUID.randomUUID();

		HttpResponse<String> sent = submit(instance, Map.of("photo", "IMG_0001.jpg"), "ar",
				TestFiles.photoWithGps(64, 48));

		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		assertThat(sent.headers().firstValue("X-OpenRosa-Version")).hasValue("1.0");
		assertThat(sent.body()).contains("<OpenRosaResponse", "أُرسلت للمراجعة");
		VisitSummary visit = monitoring.visitByKey("odk:" + instance, Principals.monitor(monitor.id(), "50"))
			.orElseThrow();
		assertThat(visit.status()).isEqualTo(VisitStatus.SUBMITTED);
		assertThat(visit.facilityId()).isEqualTo(facility.id());
		assertThat(visit.answers()).containsEntry("arrival_time", "08:10").containsEntry("wait_minutes", "10");
		long photo = Long.parseLong(visit.answers().get("photo"));
		try (InputStream kept = evidence.open(photo, false, false, Principals.admin())) {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept.readAllBytes()));
			assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		}
	}

	@Test
	void aSubmissionForAnAssignedFacilityIsTheAssignmentsVisit() throws Exception {
		var coordinator = Principals.coordinator(AccountFixtures.HEBRON);
		long round = rounds.create(new ps.rasd.shared.LocalizedText("جولة الصحة", null), form.id(),
				java.util.Set.of(AccountFixtures.HEBRON), java.time.LocalDate.now(),
				java.time.LocalDate.now().plusDays(30), coordinator).id();
		rounds.assign(round, monitor.id(), List.of(facility.id()), java.time.LocalDate.now().plusDays(7), coordinator);

		assertThat(submit("uuid:" + UUID.randomUUID(), Map.of(), "en").statusCode()).isEqualTo(201);

		var assignment = rounds.assignments(round, coordinator).get(0);
		assertThat(assignment.visitId()).isNotNull();
		assertThat(assignment.status()).isEqualTo("DONE");
	}

	@Test
	void aResentInstanceIsAcceptedAgainWithoutASecondVisit() throws Exception {
		String instance = "uuid:" + UUID.randomUUID();
		assertThat(submit(instance, Map.of(), "en").statusCode()).isEqualTo(201);

		HttpResponse<String> again = submit(instance, Map.of(), "en");

		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).contains("already received");
		assertThat(monitoring.visitsMadeBy(monitor.id())).isEqualTo(1);
	}

	@Test
	void anAnswerOutsideTheChoicesIsRefusedWithTheReasonInTheDevicesLanguage() throws Exception {
		String instance = "uuid:" + UUID.randomUUID();

		HttpResponse<String> english = submit(instance, Map.of("essential_medicines", "plenty"), "en");
		HttpResponse<String> arabic = submit(instance, Map.of("open_on_arrival", ""), "ar");

		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("nature=\"error\"", "essential_medicines: ");
		assertThat(arabic.statusCode()).isEqualTo(400);
		assertThat(arabic.body()).contains("open_on_arrival: ", "لم تُقبل الزيارة");
		VisitSummary kept = monitoring.visitByKey("odk:" + instance, Principals.monitor(monitor.id(), "50"))
			.orElseThrow();
		assertThat(kept.status()).isEqualTo(VisitStatus.DRAFT);
		assertThat(submit(instance, Map.of(), "ar").statusCode()).isEqualTo(201);
	}

	@Test
	void aWrongOrRevokedTokenIsRefused() throws Exception {
		HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/openrosa/" + "x".repeat(32) + "/formList")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(get("/formList", "en").statusCode()).isEqualTo(200);

		devices.revoke(device.device().id(), Principals.coordinator(AccountFixtures.HEBRON));

		assertThat(get("/formList", "en").statusCode()).isEqualTo(401);
		assertThat(submit("uuid:" + UUID.randomUUID(), Map.of(), "en").statusCode()).isEqualTo(401);
	}

	@Test
	void aSubmissionAboveTheAnnouncedSizeIsRefusedWith413() throws Exception {
		HttpResponse<String> sent = submit("uuid:" + UUID.randomUUID(), Map.of("photo", "big.jpg"), "en",
				new byte[3 * 1024 * 1024]);
		assertThat(sent.statusCode()).isEqualTo(413);
		assertThat(sent.body()).contains("larger than allowed");
	}

	@Test
	void aPollInFieldworkIsListedDownloadedAndAnsweredOnceAsAnInterview() throws Exception {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		String formId = "poll." + poll.code();

		Element entry = OdkHttp.entries(get("/formList", "en").body()).get(formId);

		assertThat(entry).isNotNull();
		assertThat(OdkHttp.text(entry, "name")).isEqualTo("Youth opinion on public services");
		assertThat(OdkHttp.text(entry, "manifestUrl")).isNull();
		HttpResponse<String> download = OdkHttp.get(OdkHttp.text(entry, "downloadUrl"), "en");
		assertThat(download.statusCode()).isEqualTo(200);
		Document xform = OdkHttp.xml(download.body());
		assertThat(bind(xform, "/data/about/age").getAttribute("type")).isEqualTo("int");
		assertThat(bind(xform, "/data/meta/timeStart").getAttributeNS("http://openrosa.org/javarosa", "preloadParams"))
			.isEqualTo("start");
		assertThat(download.body()).doesNotContain("rasd_facility", "facilities.csv");
		String version = OdkHttp.text(entry, "version");
		String instance = "uuid:" + UUID.randomUUID();
		Map<String, String> answers = PollFixtures.answers("50", "female", 24, "urban", 4);

		HttpResponse<String> sent = pollSubmission(formId, version, answers, instance);
		HttpResponse<String> again = pollSubmission(formId, version, answers, instance);

		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		assertThat(sent.body()).contains(poll.code());
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(fieldwork.responseCounts(poll.id())[0]).isEqualTo(1);
		var response = fieldwork.allResponses(poll.id(), Principals.analyst()).get(0);
		assertThat(response.enumeratorId()).isEqualTo(monitor.id());
		assertThat(response.mode()).isEqualTo(FieldworkMode.ENUMERATOR);
		assertThat(response.answers()).containsEntry("age", "24").containsEntry("sex", "female");
	}

	@Test
	void aPollAnswerOutsideTheChoicesIsRefusedAsOnTheWeb() throws Exception {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		Map<String, String> answers = PollFixtures.answers("50", "unknown", 24, "urban", 4);
		answers.remove("age");

		HttpResponse<String> sent = pollSubmission("poll." + poll.code(), "1", answers, "uuid:" + UUID.randomUUID());

		assertThat(sent.statusCode()).isEqualTo(400);
		assertThat(sent.body()).contains("The interview was not accepted", "sex: ", "age: ");
		assertThat(fieldwork.responseCounts(poll.id())[0]).isZero();
	}

	@Test
	void aPollWithOtherEnumeratorsIsNeitherListedNorAnswerable() throws Exception {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		polls.assignEnumerators(poll.id(), java.util.Set.of(monitor.id() + 100_000), Principals.analyst());

		assertThat(OdkHttp.entries(get("/formList", "en").body())).doesNotContainKey("poll." + poll.code());
		assertThat(OdkHttp.get(base() + "/polls/" + poll.id() + ".xml", "en").statusCode()).isEqualTo(404);
		assertThat(pollSubmission("poll." + poll.code(), "1", PollFixtures.answers("50", "male", 30, "urban", 3),
				"uuid:" + UUID.randomUUID()).statusCode()).isEqualTo(403);
	}

	@Test
	void withoutATokenTheServerAsksForDigestAndTakesTheDevicesPasswordInMd5AndSha256() throws Exception {
		String formList = "http://localhost:" + port + "/openrosa/formList";

		HttpResponse<String> challenge = OdkHttp.get(formList, "en");

		assertThat(challenge.statusCode()).isEqualTo(401);
		List<String> offered = challenge.headers().allValues("WWW-Authenticate");
		assertThat(offered).hasSize(2);
		assertThat(offered.get(0)).startsWith("Digest ").contains("algorithm=SHA-256", "qop=\"auth\"");
		assertThat(offered.get(1)).contains("algorithm=MD5");
		String username = device.device().username();
		assertThat(username).isEqualTo("odk-" + device.device().id());
		for (int i = 0; i < 2; i++) {
			String algorithm = i == 0 ? "SHA-256" : "MD5";
			HttpResponse<String> list = OdkHttp.get(formList, "en", "Authorization", OdkHttp.digest(algorithm,
					offered.get(i), username, device.password(), "GET", "/openrosa/formList"));
			assertThat(list.statusCode()).as(algorithm).isEqualTo(200);
			Element entry = OdkHttp.entries(list.body()).get(form.code());
			assertThat(OdkHttp.text(entry, "downloadUrl")).startsWith("http://localhost:" + port + "/openrosa/forms/");
		}
		// older versions of ODK Collect's Digest client sign the whole address
		assertThat(OdkHttp.get(formList, "en", "Authorization", OdkHttp.digest("MD5", offered.get(1), username,
				device.password(), "GET", formList)).statusCode()).isEqualTo(200);
	}

	@Test
	void aWrongDigestPasswordOrAnotherAddressSignedIsAskedAgain() throws Exception {
		String formList = "http://localhost:" + port + "/openrosa/formList";
		String challenge = OdkHttp.get(formList, "en").headers().allValues("WWW-Authenticate").get(1);
		String username = device.device().username();

		HttpResponse<String> wrong = OdkHttp.get(formList, "ar", "Authorization",
				OdkHttp.digest("MD5", challenge, username, device.password() + "x", "GET", "/openrosa/formList"));
		HttpResponse<String> elsewhere = OdkHttp.get(formList, "en", "Authorization",
				OdkHttp.digest("MD5", challenge, username, device.password(), "GET", "/openrosa/submission"));
		HttpResponse<String> forged = OdkHttp.get(formList, "en", "Authorization", OdkHttp.digest("MD5",
				"Digest realm=\"rasd\", nonce=\"MTIzOmFiYw\"", username, device.password(), "GET",
				"/openrosa/formList"));

		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().allValues("WWW-Authenticate")).hasSize(2);
		assertThat(wrong.body()).contains("اسم المستخدم");
		assertThat(elsewhere.statusCode()).isEqualTo(401);
		assertThat(forged.statusCode()).isEqualTo(401);
		devices.revoke(device.device().id(), Principals.coordinator(AccountFixtures.HEBRON));
		assertThat(OdkHttp.get(formList, "en", "Authorization", OdkHttp.digest("MD5", challenge, username,
				device.password(), "GET", "/openrosa/formList")).statusCode()).isEqualTo(401);
	}

	@Test
	void aDeviceSignedInWithDigestSubmitsAVisit() throws Exception {
		String submission = "http://localhost:" + port + "/openrosa/submission";
		HttpResponse<String> check = OdkHttp.head(submission);
		assertThat(check.statusCode()).isEqualTo(401);
		String challenge = check.headers().allValues("WWW-Authenticate").get(0);
		assertThat(OdkHttp.head(submission, "Authorization", OdkHttp.digest("SHA-256", challenge,
				device.device().username(), device.password(), "HEAD", "/openrosa/submission")).statusCode())
			.isEqualTo(204);
		String newPassword = devices.newPassword(device.device().id(), Principals.coordinator(AccountFixtures.HEBRON))
			.password();
		String instance = "uuid:" + UUID.randomUUID();

		HttpResponse<String> old = OdkHttp.post(submission, "en", List.of(OdkHttp.Part.xml(visitXml(instance, Map.of()))),
				"Authorization", OdkHttp.digest("SHA-256", challenge, device.device().username(), device.password(),
						"POST", "/openrosa/submission"));
		HttpResponse<String> sent = OdkHttp.post(submission, "en", List.of(OdkHttp.Part.xml(visitXml(instance,
				Map.of()))), "Authorization", OdkHttp.digest("SHA-256", challenge, device.device().username(),
						newPassword, "POST", "/openrosa/submission"));

		assertThat(old.statusCode()).isEqualTo(401);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		assertThat(monitoring.visitByKey("odk:" + instance, Principals.monitor(monitor.id(), "50"))).isPresent();
	}

	@Test
	void aSubmissionSplitInTwoPartsIsJoinedIntoOneVisitWithThePhoto() throws Exception {
		String instance = "uuid:" + UUID.randomUUID();
		String xml = visitXml(instance, Map.of("photo", "IMG_0002.jpg"));

		HttpResponse<String> first = OdkHttp.post(base() + "/submission", "en", List.of(OdkHttp.Part.xml(xml),
				new OdkHttp.Part("IMG_0002.jpg", "IMG_0002.jpg", "image/jpeg", TestFiles.photoWithGps(64, 48)),
				OdkHttp.Part.field("*isIncomplete*", "yes")));

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(first.body()).contains("part was received");
		var principal = Principals.monitor(monitor.id(), "50");
		VisitSummary waiting = monitoring.visitByKey("odk:" + instance, principal).orElseThrow();
		assertThat(waiting.status()).isEqualTo(VisitStatus.DRAFT);
		String photo = waiting.answers().get("photo");
		assertThat(photo).isNotNull();

		HttpResponse<String> last = OdkHttp.post(base() + "/submission", "en", List.of(OdkHttp.Part.xml(xml)));
		HttpResponse<String> resent = OdkHttp.post(base() + "/submission", "en", List.of(OdkHttp.Part.xml(xml),
				OdkHttp.Part.field("*isIncomplete*", "yes")));

		assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
		assertThat(resent.statusCode()).isEqualTo(202);
		VisitSummary visit = monitoring.visitByKey("odk:" + instance, principal).orElseThrow();
		assertThat(visit.status()).isEqualTo(VisitStatus.SUBMITTED);
		assertThat(visit.answers()).containsEntry("photo", photo);
		assertThat(monitoring.visitsMadeBy(monitor.id())).isEqualTo(1);
	}

	@Test
	void aCoordinatorRegisteringADeviceSeesItsAddressUserNameAndPasswordOnce() throws Exception {
		AccountSummary coordinator = AccountFixtures.hebronCoordinator(identity);
		SignedInHttp http = SignedInHttp.signIn(port, coordinator.username(), AccountFixtures.PASSWORD);

		HttpResponse<String> made = http.post("/team/devices", "/team/devices",
				Map.of("monitor", String.valueOf(monitor.id()), "label", "Tablet"));
		String page = http.get("/team/devices").body();
		String again = http.get("/team/devices").body();

		assertThat(made.statusCode()).isEqualTo(302);
		java.util.regex.Matcher shown = java.util.regex.Pattern
			.compile("(odk-\\d+)</code>.*?class=\"secret\" dir=\"ltr\">([a-z2-9-]{23})<", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(shown.find()).as(page).isTrue();
		assertThat(page).contains("/openrosa/", "عنوان الخادم");
		assertThat(again).doesNotContain(shown.group(2));
		String challenge = OdkHttp.get("http://localhost:" + port + "/openrosa/formList", "en").headers()
			.allValues("WWW-Authenticate").get(1);
		assertThat(OdkHttp.get("http://localhost:" + port + "/openrosa/formList", "en", "Authorization",
				OdkHttp.digest("MD5", challenge, shown.group(1), shown.group(2), "GET", "/openrosa/formList"))
			.statusCode()).isEqualTo(200);
	}

	private String visitXml(String instance, Map<String, String> changes) {
		Map<String, String> answers = new java.util.LinkedHashMap<>();
		answers.put(ps.rasd.forms.XForm.FACILITY, String.valueOf(facility.id()));
		answers.putAll(MonitoringFixtures.goodHealthAnswers());
		answers.put("arrival_time", "08:10:00.000+02:00");
		answers.putAll(changes);
		return OdkHttp.instance(form.code(), "1", answers, Map.of("instanceID", instance));
	}

	private HttpResponse<String> pollSubmission(String formId, String version, Map<String, String> answers,
			String instance) throws Exception {
		String xml = OdkHttp.instance(formId, version, answers,
				Map.of("instanceID", instance, "timeStart", "2026-12-07T10:00:00.000+02:00"));
		return OdkHttp.post(base() + "/submission", "en", List.of(OdkHttp.Part.xml(xml)));
	}

	private HttpResponse<String> submit(String instance, Map<String, String> changes, String language,
			byte[]... photo) throws Exception {
		Map<String, String> answers = new java.util.HashMap<>(MonitoringFixtures.goodHealthAnswers());
		answers.put("arrival_time", "08:10:00.000+02:00");
		answers.putAll(changes);
		StringBuilder xml = new StringBuilder("<data xmlns:jr=\"http://openrosa.org/javarosa\" id=\"")
			.append(form.code()).append("\" version=\"1\"><rasd_facility>").append(facility.id())
			.append("</rasd_facility><visit>");
		answers.forEach((k, v) -> xml.append('<').append(k).append('>').append(v).append("</").append(k).append('>'));
		xml.append("</visit><meta><instanceID>").append(instance).append("</instanceID></meta></data>");
		String boundary = "----odk" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "xml_submission_file", "submission.xml", "text/xml",
				xml.toString().getBytes(StandardCharsets.UTF_8));
		if (photo.length > 0) {
			part(body, boundary, answers.get("photo"), answers.get("photo"), "image/jpeg", photo[0]);
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(URI.create(base() + "/submission"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-OpenRosa-Version", "1.0").header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String file, String type,
			byte[] content) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ file + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String path, String language) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", language)
			.header("X-OpenRosa-Version", "1.0").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String base() {
		return "http://localhost:" + port + "/openrosa/" + device.token();
	}

	private Element entry(Document list) {
		NodeList entries = list.getElementsByTagNameNS("*", "xform");
		List<Element> ours = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element e = (Element) entries.item(i);
			if (form.code().equals(text(e, "formID"))) {
				ours.add(e);
			}
		}
		assertThat(ours).hasSize(1);
		return ours.get(0);
	}

	private static Element bind(Document xform, String nodeset) {
		NodeList binds = xform.getElementsByTagNameNS(XFORMS, "bind");
		for (int i = 0; i < binds.getLength(); i++) {
			if (((Element) binds.item(i)).getAttribute("nodeset").equals(nodeset)) {
				return (Element) binds.item(i);
			}
		}
		throw new AssertionError("no bind for " + nodeset);
	}

	private static String label(Element translation, String id) {
		NodeList texts = translation.getElementsByTagNameNS(XFORMS, "text");
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if (text.getAttribute("id").equals(id)) {
				return text.getTextContent();
			}
		}
		throw new AssertionError("no text " + id);
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
	}

	private static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}
}
