package ps.rasd.polls.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import ps.rasd.polls.CategoryRule;
import ps.rasd.polls.Quota;
import ps.rasd.polls.StratumPlan;
import ps.rasd.polls.WeightingVariable;
import ps.rasd.shared.Digits;
import ps.rasd.shared.DomainException;

/**
 * The plain-text editors of a poll's design, one line per item, so the page works on any phone without scripts:
 * <ul>
 * <li>variables: {@code age_group = age : 18-29=18_29, 30-44=30_44, 60-=60_plus} (rules optional);</li>
 * <li>strata: {@code 50|urban : 120} or {@code 50|urban : 120 : 350000} (planned size, optional population);</li>
 * <li>quotas: {@code sex=female : 600}.</li>
 * </ul>
 * A wrong line is refused with its number.
 */
final class PollText {

	private PollText() {
	}

	static String variables(List<WeightingVariable> variables) {
		return variables.stream().map(v -> v.variable() + " = " + v.question() + (v.rules().isEmpty() ? ""
				: " : " + v.rules().stream().map(CategoryRule::toString).collect(Collectors.joining(", "))))
			.collect(Collectors.joining("\n"));
	}

	static String strata(List<StratumPlan> strata) {
		return strata.stream().map(s -> s.code() + " : " + s.plannedSize()
				+ (s.population() == null ? "" : " : " + s.population())).collect(Collectors.joining("\n"));
	}

	static String quotas(List<Quota> quotas) {
		return quotas.stream().map(q -> q.variable() + "=" + q.category() + " : " + q.target())
			.collect(Collectors.joining("\n"));
	}

	static List<WeightingVariable> parseVariables(String text) {
		List<WeightingVariable> variables = new ArrayList<>();
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isEmpty()) {
				continue;
			}
			int colon = line.indexOf(':');
			String head = colon < 0 ? line : line.substring(0, colon);
			int eq = head.indexOf('=');
			if (eq < 0) {
				throw new DomainException("polls.variables.bad-line", i + 1);
			}
			List<CategoryRule> rules = new ArrayList<>();
			if (colon >= 0) {
				for (String rule : line.substring(colon + 1).split("[,،;]")) {
					String r = rule.strip();
					if (r.isEmpty()) {
						continue;
					}
					int req = r.lastIndexOf('=');
					if (req <= 0) {
						throw new DomainException("polls.variables.bad-line", i + 1);
					}
					rules.add(new CategoryRule(r.substring(0, req), r.substring(req + 1)));
				}
			}
			variables.add(new WeightingVariable(head.substring(0, eq).strip(), head.substring(eq + 1).strip(), rules));
		}
		return variables;
	}

	static List<String> parseList(String text) {
		return Arrays.stream(text.split("[,،|\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static List<StratumPlan> parseStrata(String text) {
		List<StratumPlan> strata = new ArrayList<>();
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isEmpty()) {
				continue;
			}
			String[] parts = lines[i].split(":");
			if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
				throw new DomainException("polls.design.bad-stratum-line", i + 1);
			}
			try {
				String code = Arrays.stream(parts[0].split("\\|")).map(String::strip)
					.collect(Collectors.joining("|"));
				strata.add(new StratumPlan(code, Integer.parseInt(parts[1].strip()),
						parts.length == 3 ? Long.valueOf(parts[2].strip()) : null));
			}
			catch (NumberFormatException ex) {
				throw new DomainException("polls.design.bad-stratum-line", i + 1);
			}
		}
		return strata;
	}

	static List<Quota> parseQuotas(String text) {
		List<Quota> quotas = new ArrayList<>();
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isEmpty()) {
				continue;
			}
			String[] parts = lines[i].split(":");
			int eq = parts[0].indexOf('=');
			if (parts.length != 2 || eq <= 0) {
				throw new DomainException("polls.design.bad-quota-line", i + 1);
			}
			try {
				quotas.add(new Quota(parts[0].substring(0, eq).strip(), parts[0].substring(eq + 1).strip(),
						Integer.parseInt(parts[1].strip())));
			}
			catch (NumberFormatException ex) {
				throw new DomainException("polls.design.bad-quota-line", i + 1);
			}
		}
		return quotas;
	}

	private static String[] lines(String text) {
		return Arrays.stream(Digits.toLatin(text == null ? "" : text).split("\\R")).map(String::strip)
			.toArray(String[]::new);
	}
}
