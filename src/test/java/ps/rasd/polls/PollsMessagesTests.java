package ps.rasd.polls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every code the polls module throws has a message in both languages, and each message formats. */
class PollsMessagesTests {

	private static final Path SOURCES = Path.of("src/main/java/ps/rasd/polls");

	private static final Pattern CODE = Pattern.compile("\"(polls\\.[a-z-]+\\.[a-z-]+)\"");

	@Test
	void everyCodeThrownHasAMessageInArabicAndEnglish() throws IOException {
		Set<String> codes = thrownCodes();
		assertThat(codes).contains("polls.weighting.empty-category", "polls.weighting.targets-inconsistent",
				"polls.weighting.not-converged", "polls.estimates.no-answers");
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as(bundle).containsAll(codes);
		}
	}

	@Test
	void messagesFormatWithNumbersAndNames() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Locale locale = bundle.contains("_en") ? Locale.ENGLISH : Locale.forLanguageTag("ar");
			load(bundle).forEach((key, text) -> {
				String message = text.toString();
				if (message.contains(",plural,")) {
					// an ICU plural, formatted by #fmt.plural with a count
					String formatted = new com.ibm.icu.text.MessageFormat(message,
							com.ibm.icu.util.ULocale.forLocale(locale)).format(new Object[] { 3 });
					assertThat(formatted).as("%s %s", bundle, key).isNotBlank().doesNotContain("{", "#");
					return;
				}
				if (message.contains("{")) {
					assertThat(message).as("%s %s", bundle, key).doesNotContain("'");
					MessageFormat format = new MessageFormat(message, locale);
					Format[] formats = format.getFormatsByArgumentIndex();
					Object[] arguments = new Object[formats.length];
					for (int i = 0; i < formats.length; i++) {
						arguments[i] = formats[i] instanceof NumberFormat ? (Object) 1234.5 : "age";
					}
					assertThat(format.format(arguments)).as("%s %s", bundle, key).doesNotContain("{");
				}
			});
		}
	}

	private static Set<String> thrownCodes() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		return codes;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/polls", name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
