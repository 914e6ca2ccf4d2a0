package ps.rasd.polls.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import ps.rasd.forms.Choice;
import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;

/**
 * Flags responses of doubtful quality for an analyst to review before results are computed:
 * <ul>
 * <li>{@link QualityFlag#DUPLICATE}: the same answers as another response to every question except free text, dates,
 * times, files and locations (timings are ignored); both responses are flagged, each naming the other;</li>
 * <li>{@link QualityFlag#SPEEDER}: a duration under {@link QualityOptions#speederFraction()} of the median duration
 * (half by default, a common rule of thumb; see {@link QualityOptions});</li>
 * <li>{@link QualityFlag#STRAIGHT_LINER}: one and the same answer to at least
 * {@link QualityOptions#straightLineMinimum()} questions of the same scale (single-choice questions with the same
 * choices, rating questions, yes / no questions) and no other answer on that scale;</li>
 * </ul>
 * and gives per-enumerator statistics: responses, median duration and the share of each flag. Flags never exclude a
 * response by themselves.
 */
public final class QualityCheck {

	private QualityCheck() {
	}

	/** Checks the responses with the default thresholds. */
	public static QualityReport run(List<Respondent> respondents, FormDefinition form) {
		return run(respondents, form, QualityOptions.defaults());
	}

	/** Checks the responses to a form. */
	public static QualityReport run(List<Respondent> respondents, FormDefinition form, QualityOptions options) {
		List<Question> questions = form.questions().toList();
		List<String> compared = questions.stream().filter(q -> compared(q.type())).map(Question::name).toList();
		Map<String, List<String>> scales = scales(questions, options.straightLineMinimum());
		Duration median = median(respondents.stream().map(Respondent::duration).filter(Objects::nonNull).toList());
		Duration threshold = median == null ? null
				: Duration.ofNanos(Math.round(median.toNanos() * options.speederFraction()));
		Map<Long, List<Long>> duplicates = duplicates(respondents, compared, options.minimumDuplicateAnswers());
		List<QualityReport.ResponseQuality> responses = new ArrayList<>();
		for (Respondent r : respondents) {
			Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
			List<Long> others = duplicates.getOrDefault(r.id(), List.of());
			if (!others.isEmpty()) {
				flags.add(QualityFlag.DUPLICATE);
			}
			if (threshold != null && r.duration() != null && r.duration().compareTo(threshold) < 0) {
				flags.add(QualityFlag.SPEEDER);
			}
			List<String> straight = straightLined(r, scales, options.straightLineMinimum());
			if (!straight.isEmpty()) {
				flags.add(QualityFlag.STRAIGHT_LINER);
			}
			responses.add(new QualityReport.ResponseQuality(r.id(), r.enumerator(), r.duration(), flags, others,
					straight));
		}
		return new QualityReport(responses, median, threshold, enumerators(responses), options);
	}

	/** Whether two responses must agree on this question to be duplicates: free text and timings do not count. */
	private static boolean compared(QuestionType type) {
		return type != QuestionType.TEXT && type != QuestionType.LONG_TEXT && type != QuestionType.FILE
				&& type != QuestionType.DATE && type != QuestionType.TIME && type != QuestionType.GEOPOINT;
	}

	private static Map<Long, List<Long>> duplicates(List<Respondent> respondents, List<String> compared,
			int minimum) {
		Map<String, List<Long>> groups = new HashMap<>();
		for (Respondent r : respondents) {
			StringBuilder key = new StringBuilder();
			int answered = 0;
			for (String name : compared) {
				String answer = r.answer(name);
				if (answer != null) {
					answered++;
					key.append(name).append('=').append(answer);
				}
				key.append('\u0000');
			}
			if (answered >= minimum) {
				groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(r.id());
			}
		}
		Map<Long, List<Long>> duplicates = new HashMap<>();
		for (List<Long> group : groups.values()) {
			if (group.size() > 1) {
				for (Long id : group) {
					duplicates.put(id, group.stream().filter(other -> !other.equals(id)).toList());
				}
			}
		}
		return duplicates;
	}

	/** Questions grouped by scale, in form order, keeping scales with enough questions. */
	private static Map<String, List<String>> scales(List<Question> questions, int minimum) {
		Map<String, List<String>> scales = new LinkedHashMap<>();
		for (Question q : questions) {
			String scale = switch (q.type()) {
				case SINGLE_CHOICE -> "choice:" + q.choices().stream().map(Choice::value)
					.collect(Collectors.joining(" "));
				case RATING -> "rating";
				case YES_NO_NA -> "yes_no_na";
				default -> null;
			};
			if (scale != null) {
				scales.computeIfAbsent(scale, k -> new ArrayList<>()).add(q.name());
			}
		}
		scales.values().removeIf(names -> names.size() < minimum);
		return scales;
	}

	private static List<String> straightLined(Respondent r, Map<String, List<String>> scales, int minimum) {
		List<String> straight = new ArrayList<>();
		for (List<String> names : scales.values()) {
			List<String> answered = new ArrayList<>();
			String same = null;
			boolean alike = true;
			for (String name : names) {
				String answer = r.answer(name);
				if (answer == null) {
					continue;
				}
				answered.add(name);
				alike &= same == null || same.equals(answer);
				same = answer;
			}
			if (alike && answered.size() >= minimum) {
				straight.addAll(answered);
			}
		}
		return straight;
	}

	private static List<QualityReport.EnumeratorQuality> enumerators(List<QualityReport.ResponseQuality> responses) {
		Map<String, List<QualityReport.ResponseQuality>> byEnumerator = new TreeMap<>();
		for (QualityReport.ResponseQuality r : responses) {
			if (r.enumerator() != null) {
				byEnumerator.computeIfAbsent(r.enumerator(), k -> new ArrayList<>()).add(r);
			}
		}
		List<QualityReport.EnumeratorQuality> result = new ArrayList<>();
		byEnumerator.forEach((name, list) -> {
			double n = list.size();
			result.add(new QualityReport.EnumeratorQuality(name, list.size(),
					median(list.stream().map(QualityReport.ResponseQuality::duration).filter(Objects::nonNull)
						.toList()),
					share(list, QualityFlag.DUPLICATE, n), share(list, QualityFlag.SPEEDER, n),
					share(list, QualityFlag.STRAIGHT_LINER, n),
					list.stream().filter(QualityReport.ResponseQuality::flagged).count() / n));
		});
		return result;
	}

	private static double share(List<QualityReport.ResponseQuality> list, QualityFlag flag, double n) {
		return list.stream().filter(r -> r.flags().contains(flag)).count() / n;
	}

	/** The median, the mean of the two middle values for an even count; {@code null} for none. */
	static Duration median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		int m = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(m) : sorted.get(m - 1).plus(sorted.get(m)).dividedBy(2);
	}
}
