package ps.rasd.polls.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import ps.rasd.shared.Formats;
import ps.rasd.shared.LocalizedText;

/**
 * The methodology statement printed with every result of a poll: population, modes, fieldwork dates, sample size,
 * weighting variables and their sources, design effect and margin of error. The sentences are the
 * {@code polls.methodology.*} messages of {@code i18n/polls/messages}; numbers and dates follow each language
 * (Arabic-Indic digits and Levantine month names in Arabic).
 */
public final class Methodology {

	/** The Arabic of the statement: Palestinian Arabic month names, Arabic-Indic digits. */
	public static final Locale ARABIC = Locale.forLanguageTag("ar-PS");

	private Methodology() {
	}

	/** The statement in Arabic and in English. */
	public static LocalizedText statement(PollFacts facts, MessageSource messages) {
		return new LocalizedText(statement(facts, messages, ARABIC), statement(facts, messages, Locale.ENGLISH));
	}

	/** The statement in one language. */
	public static String statement(PollFacts facts, MessageSource messages, Locale locale) {
		List<String> sentences = new ArrayList<>();
		String modes = list(facts.modes().stream()
			.map(m -> messages.getMessage("polls.methodology.mode." + m, null, m, locale)).toList(), messages, locale);
		String title = facts.title().in(locale);
		sentences.add(messages.getMessage(namesItself(title, messages, locale) ? "polls.methodology.fieldwork-titled"
				: "polls.methodology.fieldwork", new Object[] { title, facts.population().in(locale), date(facts.fieldworkStart(),
						locale), date(facts.fieldworkEnd(), locale), modes }, locale));
		sentences.add(messages.getMessage("polls.methodology.sample",
				new Object[] { facts.completed(), facts.included() }, locale));
		if (facts.weighting().isEmpty()) {
			sentences.add(messages.getMessage("polls.methodology.unweighted", null, locale));
		}
		else {
			List<String> items = new ArrayList<>();
			for (PollFacts.WeightingSource source : facts.weighting()) {
				items.add(source.source() == null ? source.variable().in(locale)
						: messages.getMessage("polls.methodology.weighting-item",
								new Object[] { source.variable().in(locale), source.source(locale) }, locale));
			}
			sentences.add(messages.getMessage("polls.methodology.weighting",
					new Object[] { list(items, messages, locale) }, locale));
		}
		sentences.add(messages.getMessage("polls.methodology.error",
				new Object[] { facts.designEffect(), 100 * facts.overallMarginOfError() }, locale));
		return String.join(" ", sentences);
	}

	/**
	 * Whether a title already says it is a poll ("استطلاع الرأي حول …", "Public services poll"): then the sentence
	 * does not put the word before it again ("استطلاع استطلاع").
	 */
	static boolean namesItself(String title, MessageSource messages, Locale locale) {
		String lower = title == null ? "" : title.toLowerCase(locale);
		for (String word : messages.getMessage("polls.methodology.poll-words", null, "", locale).split("\\|")) {
			if (!word.isBlank() && lower.contains(word.strip().toLowerCase(locale))) {
				return true;
			}
		}
		return false;
	}

	/** The margin of error sentence alone, e.g. for a chart caption. */
	public static String marginOfError(PollFacts facts, MessageSource messages, Locale locale) {
		return messages.getMessage("polls.methodology.error",
				new Object[] { facts.designEffect(), 100 * facts.overallMarginOfError() }, locale);
	}

	private static String list(List<String> items, MessageSource messages, Locale locale) {
		if (items.isEmpty()) {
			return "";
		}
		String result = items.get(0);
		for (int i = 1; i < items.size(); i++) {
			result = messages.getMessage("polls.methodology.list", new Object[] { result, items.get(i) }, locale);
		}
		return result;
	}

	private static String date(LocalDate date, Locale locale) {
		return Formats.of(locale).longDate(date);
	}
}
