package ps.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages say everything, and templates hold no text of their own. */
class I18nBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_REF = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)\\s*[}(]");

	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|placeholder|aria-label|label)\\s*=\\s*\"([^\"]*)\"");

	@Test
	void everyModuleBundleHasTheSameKeysInArabicAndEnglish() throws IOException {
		List<Path> modules;
		try (Stream<Path> dirs = Files.list(BUNDLES)) {
			modules = dirs.filter(Files::isDirectory).toList();
		}
		assertThat(modules).isNotEmpty();
		for (Path module : modules) {
			Properties arabic = load(module.resolve("messages.properties"));
			Properties english = load(module.resolve("messages_en.properties"));
			assertThat(english.stringPropertyNames()).as("English keys of %s", module.getFileName())
				.containsExactlyInAnyOrderElementsOf(arabic.stringPropertyNames());
			arabic.forEach((k, v) -> assertThat(v.toString()).as("Arabic %s", k).isNotBlank());
			english.forEach((k, v) -> assertThat(v.toString()).as("English %s", k).isNotBlank());
		}
	}

	@Test
	void arabicBundlesAreInArabic() throws IOException {
		for (Path file : bundleFiles("messages.properties")) {
			Properties arabic = load(file);
			long inArabic = arabic.values().stream().filter(v -> v.toString().matches("(?s).*\\p{IsArabic}.*")).count();
			assertThat(inArabic).as("Arabic messages in %s", file).isGreaterThan(arabic.size() / 2);
		}
	}

	@Test
	void templatesHoldNoBareText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			String text = html.replaceAll("(?s)<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", " ").replaceAll("&[a-z#0-9]+;", " ");
			Matcher bare = Pattern.compile("\\p{L}[^<>]*").matcher(text);
			if (bare.find()) {
				problems.add(template + ": text '" + bare.group().strip() + "'");
			}
			Matcher attribute = TEXT_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(2).matches(".*\\p{L}.*")) {
					problems.add(template + ": attribute " + attribute.group(1) + "='" + attribute.group(2) + "'");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesWriteNumbersAndTimesThroughOneFormatter() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			for (String utility : List.of("#temporals.", "#numbers.", "#dates.", "#calendars.")) {
				if (text.contains(utility)) {
					problems.add(template.getFileName() + " uses " + utility + " (use #fmt: Palestine's time, the language's digits)");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path file : bundleFiles("messages.properties")) {
			keys.addAll(load(file).stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher ref = MESSAGE_REF.matcher(Files.readString(template));
			while (ref.find()) {
				if (!keys.contains(ref.group(1))) {
					missing.add(template.getFileName() + ": " + ref.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static List<Path> bundleFiles(String name) throws IOException {
		try (Stream<Path> files = Files.walk(BUNDLES)) {
			return files.filter(p -> p.getFileName().toString().equals(name)).toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
