package ps.rasd;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the time of the slow moments people met goes (issue #23, item 20): the first search after start, a complaint
 * filed with a 12-megapixel photo, the first referral letter PDF, a weighted cross-tab of the demo poll. Starts the demo
 * application in this JVM (H2 file in a fresh folder) with a Java Flight Recorder recording, times each moment over
 * HTTP as a browser would (first and second time), and prints for each the request threads' hottest frames: the first
 * frame outside the JDK (a library or Rasd) and the first frame of Rasd's own code. Run with {@code bench/moments.sh}.
 */
public final class MomentsBench {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	private final Map<String, Instant[]> windows = new LinkedHashMap<>();

	private MomentsBench(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("rasd-moments");
		try (Recording recording = new Recording()) {
			recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
			recording.start();
			long t0 = System.nanoTime();
			ConfigurableApplicationContext context = new SpringApplicationBuilder(RasdApplication.class).run(
					"--rasd.demo=true", "--rasd.data-dir=" + data, "--server.port=0", "--logging.level.root=WARN");
			System.out.printf("MOMENT start (demo data, new installation): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			MomentsBench bench = new MomentsBench("http://localhost:" + port);
			Map<String, String> passwords = passwords(data.resolve("demo-accounts.txt"));
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			bench.run(passwords, jdbc);
			Path file = data.resolve("moments.jfr");
			recording.dump(file);
			context.close();
			bench.report(file);
		}
	}

	private void run(Map<String, String> passwords, JdbcTemplate jdbc) throws Exception {
		String q = "/search?q=" + URLEncoder.encode("انقطاع المياه", StandardCharsets.UTF_8);
		time("search, first after start", () -> get(q));
		time("search, second", () -> get(q));

		byte[] photo = photo(4000, 3000);
		System.out.printf("MOMENT photo: 4000x3000 JPEG, %d KB%n", photo.length / 1024);
		time("complaint with a photo, first", () -> complaint(photo));
		time("complaint with a photo, second", () -> complaint(photo));

		signIn("coordinator", passwords.get("coordinator"));
		List<String> referred = jdbc.queryForList("select reference from cases_case where referred_at is not null "
				+ "and governorate_code in ('50', '45') order by id fetch first 2 rows only", String.class);
		if (referred.size() == 2) {
			time("referral letter PDF, first", () -> get("/cases/" + referred.get(0) + "/letter.pdf"));
			time("referral letter PDF, second", () -> get("/cases/" + referred.get(1) + "/letter.pdf"));
		}
		signOut();

		signIn("analyst", passwords.get("analyst"));
		Long poll = jdbc.queryForObject("select min(id) from polls_poll", Long.class);
		String page = get("/polls/" + poll + "/results");
		List<String> crossable = new ArrayList<>();
		Matcher m = Pattern.compile("<option value=\"([^\"]+)\"").matcher(page);
		while (m.find() && crossable.size() < 4) {
			if (!m.group(1).isBlank() && !crossable.contains(m.group(1))) {
				crossable.add(m.group(1));
			}
		}
		if (crossable.size() >= 2) {
			String path = "/polls/" + poll + "/results?rows=" + enc(crossable.get(0)) + "&columns=" + enc(crossable.get(1));
			time("weighted cross-tab, first", () -> get(path));
			time("weighted cross-tab, second", () -> get(path));
		}
	}

	private void time(String moment, Step step) throws Exception {
		Instant from = Instant.now();
		long t0 = System.nanoTime();
		step.run();
		long ms = (System.nanoTime() - t0) / 1_000_000;
		windows.put(moment, new Instant[] { from, Instant.now() });
		System.out.printf("MOMENT %-34s %6d ms%n", moment, ms);
	}

	private void report(Path file) throws Exception {
		List<RecordedEvent> samples = RecordingFile.readAllEvents(file).stream()
			.filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample"))
			.filter(e -> e.getThread("sampledThread") != null && e.getThread("sampledThread").getJavaName() != null
					&& e.getThread("sampledThread").getJavaName().startsWith("http-nio"))
			.toList();
		for (var window : windows.entrySet()) {
			Map<String, Integer> library = new HashMap<>();
			Map<String, Integer> own = new HashMap<>();
			int n = 0;
			for (RecordedEvent e : samples) {
				if (e.getStartTime().isBefore(window.getValue()[0]) || e.getStartTime().isAfter(window.getValue()[1])
						|| e.getStackTrace() == null) {
					continue;
				}
				n++;
				List<RecordedFrame> frames = e.getStackTrace().getFrames();
				frames.stream().filter(f -> !jdk(f)).findFirst().ifPresent(f -> library.merge(name(f), 1, Integer::sum));
				frames.stream().filter(f -> name(f).startsWith("ps.rasd.")).findFirst()
					.ifPresent(f -> own.merge(name(f), 1, Integer::sum));
			}
			System.out.printf("%nHOT %s: %d samples of 10 ms on request threads%n", window.getKey(), n);
			top("  outside the JDK", library, n);
			top("  in Rasd's code ", own, n);
		}
	}

	private static void top(String title, Map<String, Integer> counts, int total) {
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
			.forEach(e -> System.out.printf("%s %5.1f %%  %s%n", title, 100.0 * e.getValue() / Math.max(1, total),
					e.getKey()));
	}

	private static boolean jdk(RecordedFrame f) {
		String type = f.getMethod().getType().getName();
		return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
				|| type.startsWith("javax.") || type.startsWith("com.sun.");
	}

	private static String name(RecordedFrame f) {
		return f.getMethod().getType().getName() + "." + f.getMethod().getName();
	}

	private String complaint(byte[] photo) throws Exception {
		String form = get("/complaint");
		String boundary = "----rasd" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(form));
		fields.put("title", "تسرب مياه الصرف أمام المدرسة");
		fields.put("description", "مياه الصرف تتسرب أمام باب المدرسة منذ أسبوع والرائحة شديدة.");
		fields.put("sectorCode", "WATER");
		fields.put("governorateCode", "50");
		fields.put("place", "دورا");
		for (var field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"photo.jpg\""
				+ "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(photo);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/complaint"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() >= 400) {
			throw new IllegalStateException("complaint: " + answer.statusCode());
		}
		return answer.body();
	}

	private void signIn(String username, String password) throws Exception {
		String page = get("/login");
		String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page));
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in of " + username + ": " + answer.statusCode() + " " + location);
		}
	}

	private void signOut() throws Exception {
		String page = get("/");
		http.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf(page)))).build(),
				HttpResponse.BodyHandlers.discarding());
	}

	private String get(String path) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + ": " + answer.statusCode());
		}
		return answer.body();
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF field on the page");
		}
		return m.group(1).replace("&#45;", "-");
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A photo as a phone makes it: large, and not compressible to nothing (a gradient with noise). */
	private static byte[] photo(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), width, height, new Color(200, 170, 90)));
		g.fillRect(0, 0, width, height);
		g.dispose();
		Random random = new Random(3);
		for (int i = 0; i < width * height / 8; i++) {
			image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	private static Map<String, String> passwords(Path file) throws Exception {
		Map<String, String> passwords = new HashMap<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.startsWith("#") && line.contains(" ")) {
				String[] parts = line.split(" ");
				passwords.put(parts[0], parts[1]);
			}
		}
		return passwords;
	}

	@FunctionalInterface
	private interface Step {

		Object run() throws Exception;
	}
}
