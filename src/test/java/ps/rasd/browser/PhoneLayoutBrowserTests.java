package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdProperties;

/**
 * Every page on a phone (412 × 915), public and signed in as each role, in Arabic and in English: nothing scrolls
 * sideways, the header folds into a menu that opens, every radio, checkbox, button, select and summary is a target of
 * at least 24 × 24 px, no control is nested in another (or in an image), no content lies outside a landmark, no text
 * of the other language is shown where a translation exists (a message of the other bundle, a governorate's or
 * sector's name in the other language), no time is shown in UTC, and the search results start on the first screen
 * with the filters folded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class PhoneLayoutBrowserTests {

	private static final String SEARCH = "/search?q=%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D9%84";

	/** Pages, or "list page -> css selector of the first link to follow" for a record's page. */
	private static final List<String> PUBLIC = List.of("/", "/governorates", "/governorates/50", "/facilities",
			"/facilities -> table a[href^='/facilities/']", "/authorities", "/authorities -> main a[href^='/authorities/']",
			"/sectors", "/findings", "/findings -> main a[href^='/findings/RSD']", SEARCH, "/dashboards", "/map",
			"/opinion-polls", "/opinion-polls -> main a[href^='/opinion-polls/']", "/complaint", "/login", "/news",
			"/library", "/violations", "/freedoms/report", "/join", "/no-such-page");

	private static final Map<String, List<String>> SIGNED_IN = new LinkedHashMap<>();

	static {
		SIGNED_IN.put("monitor", List.of("/my-work", "/visits", "/cases", "/cases/new", "/polls", "/reports",
				"/exports", "/account/password", "/facilities -> table a[href^='/facilities/']"));
		SIGNED_IN.put("coordinator", List.of("/my-work", "/visits", "/visits -> main a[href^='/visits/']", "/cases",
				"/cases -> main a[href^='/cases/RSD']", "/rounds", "/team", "/editorial", "/network"));
		SIGNED_IN.put("analyst", List.of("/my-work", "/polls", "/polls -> main a[href^='/polls/']", "/reports",
				"/exports"));
		SIGNED_IN.put("documenter", List.of("/my-work", "/freedoms", "/freedoms -> main a[href^='/freedoms/FRD']",
				"/freedoms/new"));
		SIGNED_IN.put("partner", List.of("/my-work", "/cases"));
		SIGNED_IN.put("admin", List.of("/my-work", "/admin/accounts", "/admin/sectors", "/admin/forms",
				"/admin/forms -> main a[href^='/admin/forms/']", "/admin/audit", "/admin/mail", "/admin/freedoms/terms"));
	}

	/** A time of day written as in ISO 8601 or with a UTC or GMT mark: what a person should never be shown. */
	private static final Pattern UTC = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|\\s*UTC|\\s*GMT|[+-]00:?00)"
			+ "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

	private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

	private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	GeographyManagement geography;

	@Autowired
	RegistryManagement registry;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
		browser.manage().window().setSize(new Dimension(412, 915));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyPageFitsAPhoneInBothLanguages() throws Exception {
		Map<String, Set<String>> foreign = foreignTexts();
		Map<String, String> passwords = demoPasswords();
		List<String> problems = new ArrayList<>();
		for (String language : List.of("ar", "en")) {
			browser.manage().deleteAllCookies();
			browser.get(url("/?lang=" + language));
			for (String page : PUBLIC) {
				check("public", page, language, foreign, problems);
			}
			for (Map.Entry<String, List<String>> role : SIGNED_IN.entrySet()) {
				if (!signIn(role.getKey(), passwords.get(role.getKey()))) {
					problems.add(language + " " + role.getKey() + ": sign-in did not lead to the start page but to "
							+ browser.getCurrentUrl());
				}
				for (String page : role.getValue()) {
					check(role.getKey(), page, language, foreign, problems);
				}
				Browser.signOut(browser);
			}
			Browser.screenshot(browser, "phone-" + language + "-last");
		}
		assertThat(problems).isEmpty();

		browser.get(url("/"));
		browser.findElement(By.cssSelector(".menu-button")).click();
		assertThat(browser.findElement(By.cssSelector(".site-nav")).isDisplayed()).as("the menu opens").isTrue();
		assertThat(browser.findElement(By.cssSelector(".site-nav a[href='/findings']")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "phone-menu-open");
	}

	@Test
	void searchResultsComeFirstWithTheFiltersFolded() {
		browser.manage().deleteAllCookies();
		browser.get(url("/?lang=ar"));
		browser.get(url(SEARCH));
		WebElement firstHit = browser.findElement(By.cssSelector(".hits li"));
		assertThat(firstHit.getRect().getY()).as("the first result is on the first screen").isLessThan(915);
		WebElement filters = browser.findElement(By.cssSelector("details.facets"));
		assertThat(filters.getAttribute("open")).isNull();
		assertThat(browser.findElement(By.cssSelector(".facets fieldset")).isDisplayed()).isFalse();
		filters.findElement(By.tagName("summary")).click();
		assertThat(browser.findElement(By.cssSelector(".facets fieldset")).isDisplayed()).as("the filters open").isTrue();
		Browser.screenshot(browser, "phone-search-filters-open");
	}

	private void check(String who, String page, String language, Map<String, Set<String>> foreign,
			List<String> problems) {
		String where = language + " " + who + " " + page;
		String[] follow = page.split(" -> ");
		browser.get(url(follow[0]));
		if (follow.length > 1) {
			List<WebElement> links = browser.findElements(By.cssSelector(follow[1]));
			if (links.isEmpty()) {
				problems.add(where + ": no link to follow");
				return;
			}
			browser.get(links.get(0).getAttribute("href"));
			where = where + " (" + browser.getCurrentUrl().replace(url(""), "") + ")";
		}
		if (browser.getCurrentUrl().contains("/login") && !follow[0].startsWith("/login")) {
			problems.add(where + ": sent to sign in");
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> layout = (Map<String, Object>) browser.executeScript("""
				const header = document.querySelector('.site-header');
				const nav = document.querySelector('.site-nav');
				const small = [...document.querySelectorAll(
						'main input[type=radio], main input[type=checkbox], main button, main select, main input[type=submit], main summary')]
					.filter(e => e.offsetParent !== null)
					.filter(e => { const r = e.getBoundingClientRect(); return r.width < 24 || r.height < 24; })
					.map(e => (e.name || e.id || e.textContent || e.tagName).trim().slice(0, 40));
				const texts = [];
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				const pageLang = document.documentElement.lang;
				while (walker.nextNode()) {
					const node = walker.currentNode;
					const parent = node.parentElement;
					if (!parent || parent.closest('script, style, [hidden], .honeypot, code, [translate=no]')) { continue; }
					const marked = parent.closest('[lang]');
					if (marked && marked.lang !== pageLang) { continue; }
					const text = node.textContent.replace(/\\s+/g, ' ').trim();
					if (text.length > 1) { texts.push(text); }
				}
				document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]').forEach(e => {
					const marked = e.closest('[lang]');
					if (marked && marked.lang !== pageLang) { return; }
					['aria-label', 'placeholder', 'title', 'alt'].forEach(a => {
						const v = e.getAttribute(a);
						if (v && v.trim().length > 1) { texts.push(v.trim()); }
					});
				});
				const nested = [...document.querySelectorAll('[role=img], a, button')].filter(e =>
						e.querySelector('a[href], button, input, select, textarea, [tabindex]')).length;
				const landmarks = 'header, nav, main, footer, aside, [role=banner], [role=main], [role=contentinfo], '
						+ '[role=navigation], [role=complementary], [role=region], [role=search]';
				const outside = texts.length === 0 ? [] : [...document.body.children]
					.filter(e => !e.matches(landmarks + ', script, style, .skip-link') && e.offsetParent !== null
						&& e.textContent.trim().length > 0)
					.map(e => e.className || e.tagName);
				return { scroll: document.documentElement.scrollWidth - window.innerWidth, nested: nested, outside: outside,
					header: header.getBoundingClientRect().height,
					navShown: nav.offsetParent !== null, small: small, texts: texts };""");
		if (((Number) layout.get("scroll")).intValue() > 0) {
			problems.add(where + ": scrolls sideways by " + layout.get("scroll") + " px");
			Browser.screenshot(browser, "phone-scroll-" + language + "-" + who + "-"
					+ follow[0].replaceAll("[^a-z0-9]+", "-"));
		}
		if (((Number) layout.get("header")).doubleValue() > 200) {
			problems.add(where + ": the header takes " + layout.get("header") + " px");
		}
		if ((Boolean) layout.get("navShown")) {
			problems.add(where + ": the menu is open before it is asked for");
		}
		if (((Number) layout.get("nested")).intValue() > 0) {
			problems.add(where + ": " + layout.get("nested") + " interactive controls nested in another or in an image");
		}
		if (!((List<?>) layout.get("outside")).isEmpty()) {
			problems.add(where + ": content outside any landmark: " + layout.get("outside"));
		}
		@SuppressWarnings("unchecked")
		List<String> small = (List<String>) layout.get("small");
		if (!small.isEmpty()) {
			problems.add(where + ": controls smaller than 24 px: " + small);
		}
		@SuppressWarnings("unchecked")
		List<String> texts = (List<String>) layout.get("texts");
		Pattern otherScript = language.equals("ar") ? LATIN : ARABIC;
		Set<String> translated = foreign.get(language);
		for (String text : texts) {
			if (otherScript.matcher(text).find() && translated.contains(text)) {
				problems.add(where + ": shows the other language where a translation exists: " + text);
			}
			if (UTC.matcher(text).find()) {
				problems.add(where + ": shows a time in UTC: " + text);
			}
		}
	}

	/**
	 * By page language, the texts of the other language that have a translation in this one: messages of the other
	 * bundle that differ from this bundle's, and names of governorates and sectors.
	 */
	private Map<String, Set<String>> foreignTexts() throws IOException {
		Set<String> arabic = new HashSet<>();
		Set<String> english = new HashSet<>();
		for (Resource ar : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages.properties")) {
			Properties arBundle = load(ar);
			Properties enBundle = load(ar.createRelative("messages_en.properties"));
			for (String key : arBundle.stringPropertyNames()) {
				String a = arBundle.getProperty(key).strip();
				String e = enBundle.getProperty(key, "").strip();
				if (!a.equals(e) && !a.contains("{") && !e.contains("{")) {
					add(arabic, a);
					add(english, e);
				}
			}
		}
		List<LocalizedText> names = new ArrayList<>();
		geography.governorates().forEach(g -> names.add(g.name()));
		registry.sectors().forEach(s -> names.add(s.name()));
		for (LocalizedText name : names) {
			if (name.en() != null && !name.en().equals(name.ar())) {
				add(arabic, name.ar());
				add(english, name.en());
			}
		}
		return Map.of("ar", english, "en", arabic);
	}

	private static void add(Set<String> texts, String text) {
		if (text != null && text.strip().length() > 2) {
			texts.add(text.replaceAll("\\s+", " ").strip());
		}
	}

	private static Properties load(Resource resource) throws IOException {
		Properties bundle = new Properties();
		if (resource.exists()) {
			try (InputStream in = resource.getInputStream()) {
				bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		return bundle;
	}

	/** Signs in; answers whether sign-in led to the start page. */
	private boolean signIn(String username, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		return browser.getCurrentUrl().endsWith("/my-work");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Map<String, String> demoPasswords() throws IOException {
		return Files.readAllLines(properties.dataDir().resolve("demo-accounts.txt")).stream()
			.filter(line -> !line.startsWith("#"))
			.map(line -> line.split(" "))
			.collect(Collectors.toMap(parts -> parts[0].toLowerCase(Locale.ROOT), parts -> parts[1]));
	}
}
