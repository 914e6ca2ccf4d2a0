package ps.rasd.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.Moderation;
import ps.rasd.network.MembershipStatus;

/**
 * Every action the code writes to the audit log has a name in Arabic and in English, so the log page never shows a
 * bare code. The codes are read from the sources: literal codes given to {@code record(…)}, both sides of a choice
 * inside a {@code record(…)} call, the freedoms module's {@code changed(event, "…")}, and the codes built from enums.
 */
class AuditActionNamesTests {

	private static final Pattern LITERAL = Pattern.compile("\\.record\\(\\s*\"([a-z][a-z0-9.-]*[a-z])\"");

	private static final Pattern CHOICE = Pattern.compile("\\.record\\([^;]*?\\?\\s*\"([a-z][a-z0-9.-]+)\"\\s*:\\s*\"([a-z][a-z0-9.-]+)\"");

	private static final Pattern CHANGED = Pattern.compile("changed\\(event, \"([a-z][a-z0-9.-]+)\"");

	static Set<String> codesWritten() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				for (Pattern p : new Pattern[] { LITERAL, CHOICE, CHANGED }) {
					Matcher m = p.matcher(source);
					while (m.find()) {
						for (int g = 1; g <= m.groupCount(); g++) {
							codes.add(m.group(g));
						}
					}
				}
			}
		}
		Arrays.stream(CaseAction.values()).forEach(a -> codes.add("case." + a.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		Arrays.stream(Moderation.values()).filter(m -> m != Moderation.PENDING)
			.forEach(m -> codes.add("case.reply-" + m.name().toLowerCase(Locale.ROOT)));
		Arrays.stream(MembershipStatus.values())
			.forEach(s -> codes.add("network.membership." + s.name().toLowerCase(Locale.ROOT)));
		return codes;
	}

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditActionNamesTests.class.getResourceAsStream("/i18n/audit/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyActionWrittenToTheLogHasAnArabicAndAnEnglishName() throws IOException {
		Set<String> codes = codesWritten();
		assertThat(codes).contains("account.created", "case.refer", "poll.response-excluded", "freedoms.locked");
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties names = bundle(bundle);
			assertThat(codes.stream().filter(c -> !names.containsKey("audit.action." + c)).toList())
				.as("action codes without a name in %s", bundle).isEmpty();
		}
	}
}
