package ps.rasd.polls.domain;

import java.util.Arrays;

import jakarta.persistence.Embeddable;

import ps.rasd.polls.CategoryRule;
import ps.rasd.polls.WeightingVariable;

/** A weighting variable as stored: its rules one per line, {@code match=category}. */
@Embeddable
record VariableRow(String variable, String questionName, String rules, int position) {

	WeightingVariable toVariable() {
		return new WeightingVariable(variable, questionName, rules == null || rules.isBlank() ? java.util.List.of()
				: Arrays.stream(rules.split("\n")).filter(l -> l.contains("=")).map(l -> {
					int eq = l.lastIndexOf('=');
					return new CategoryRule(l.substring(0, eq), l.substring(eq + 1));
				}).toList());
	}
}
