package ps.rasd.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns checked answers into indicator scores and a weighted overall score, all 0–100. */
final class Scorer {

	private Scorer() {
	}

	static ScoreCard score(FormDefinition form, Map<String, String> answers) {
		Map<String, List<Double>> points = new LinkedHashMap<>();
		form.questions().filter(q -> q.scoring() != null && answers.containsKey(q.name())).forEach(q -> {
			Double p = points(q, answers.get(q.name()));
			if (p != null) {
				points.computeIfAbsent(q.scoring().indicator(), k -> new ArrayList<>()).add(p);
			}
		});
		Map<String, Double> indicators = new LinkedHashMap<>();
		double weighted = 0;
		double weights = 0;
		for (IndicatorWeight indicator : form.indicators()) {
			List<Double> list = points.get(indicator.code());
			if (list == null || list.isEmpty()) {
				continue;
			}
			double score = round(list.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
			indicators.put(indicator.code(), score);
			weighted += indicator.weight() * score;
			weights += indicator.weight();
		}
		return new ScoreCard(indicators, weights == 0 ? null : round(weighted / weights));
	}

	/** The points of one answer, or {@code null} when the answer is not scored (e.g. "not applicable"). */
	static Double points(Question q, String value) {
		Map<String, Double> map = q.scoring().points() == null ? Map.of() : q.scoring().points();
		return switch (q.type()) {
			case SINGLE_CHOICE -> map.get(value);
			case YES_NO_NA -> map.isEmpty() ? Map.of("yes", 100.0, "no", 0.0).get(value) : map.get(value);
			case MULTIPLE_CHOICE -> Math.min(100.0, java.util.Arrays.stream(value.split(" "))
				.mapToDouble(v -> map.getOrDefault(v, 0.0)).sum());
			case RATING -> map.isEmpty() ? (Integer.parseInt(value) - 1) * 25.0 : map.get(value);
			case INTEGER, DECIMAL -> band(q.scoring().bands(), new BigDecimal(value));
			default -> null;
		};
	}

	private static Double band(List<Scoring.Band> bands, BigDecimal value) {
		if (bands == null) {
			return null;
		}
		return bands.stream().filter(b -> b.upTo() == null || value.compareTo(b.upTo()) <= 0).findFirst()
			.map(Scoring.Band::points).orElse(null);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
