package ps.rasd.polls.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ps.rasd.geography.GovernorateSummary;

/**
 * Made-up respondents of the demo poll, the same every time (seeded): a sample skewed as web and street samples are
 * (too many from Ramallah, Nablus and Gaza city, urban, young, male and educated) so that weighting matters, and
 * answers that depend on the region and the person (Gaza rates water and electricity far lower). A few speeders and
 * straight-liners give the quality checks something to find; enumerator 3 hurries.
 */
final class DemoRespondents {

	/** One respondent: the answers, the seconds taken, and the channel (-1 open link, -2 import, else enumerator). */
	record Respondent(Map<String, String> answers, int seconds, int channel) {
	}

	private static final String[] SERVICES = { "health_rating", "education_rating", "water_rating",
			"electricity_rating", "municipal_rating" };

	private static final double[] WEST_BANK = { 3.1, 3.4, 2.8, 3.5, 3.0 };

	private static final double[] GAZA = { 2.3, 2.9, 1.6, 1.3, 2.2 };

	private static final Map<String, Double> SKEW = Map.of("30", 2.2, "15", 1.6, "60", 1.4, "45", 1.3, "50", 0.7,
			"55", 0.6, "75", 0.6, "05", 0.7, "35", 0.8);

	private static final String[] OTHER_PROBLEMS = { "انقطاع الإنترنت", "الطرق غير المعبدة", "قلة المواصلات العامة",
			"تراكم النفايات" };

	private static final String[] COMMENTS = { "نتمنى تحسين الخدمات في القرى البعيدة.",
			"الموظفون متعاونون لكن الانتظار طويل.", "نحتاج إلى مركز صحي يعمل مساءً.",
			"المياه تصل مرة واحدة في الأسبوع فقط.", "الكهرباء تنقطع معظم ساعات اليوم." };

	private final Random random;

	private final List<GovernorateSummary> governorates;

	private final double[] cumulative;

	private final int enumerators;

	DemoRespondents(long seed, List<GovernorateSummary> governorates, int enumerators) {
		this.random = new Random(seed);
		this.governorates = governorates;
		this.enumerators = enumerators;
		this.cumulative = new double[governorates.size()];
		double total = 0;
		for (int i = 0; i < governorates.size(); i++) {
			GovernorateSummary g = governorates.get(i);
			total += g.population2017() * SKEW.getOrDefault(g.code(), 1.0);
			cumulative[i] = total;
		}
	}

	Respondent next() {
		GovernorateSummary g = governorate();
		boolean gaza = "GAZA_STRIP".equals(g.region());
		int channel = channel(gaza);
		boolean hurried = channel == 2;
		Map<String, String> a = new LinkedHashMap<>();
		a.put("governorate", g.code());
		a.put("locality", pick(gaza ? new double[] { 0.72, 0.06, 0.22 } : new double[] { 0.80, 0.14, 0.06 },
				"urban", "rural", "camp"));
		a.put("sex", random.nextDouble() < 0.58 ? "male" : "female");
		int band = index(new double[] { 0.46, 0.30, 0.16, 0.08 });
		int[] low = { 18, 30, 45, 60 };
		int[] width = { 12, 15, 15, 26 };
		a.put("age", String.valueOf(low[band] + random.nextInt(width[band])));
		boolean young = band == 0;
		a.put("education", pick(young ? new double[] { 0.08, 0.30, 0.14, 0.48 }
				: new double[] { 0.22, 0.32, 0.14, 0.32 }, "basic", "secondary", "diploma", "university"));
		boolean educated = "university".equals(a.get("education"));
		ratings(a, gaza, young, educated, random.nextDouble() < (hurried ? 0.07 : 0.018));
		services(a, gaza);
		a.put("top_problem", pick(gaza ? new double[] { 0.20, 0.25, 0.15, 0.25, 0.10, 0.05 }
				: new double[] { 0.30, 0.20, 0.20, 0.10, 0.15, 0.05 }, "waiting", "cost", "quality", "access",
				"corruption", "other"));
		if ("other".equals(a.get("top_problem"))) {
			a.put("top_problem_other", OTHER_PROBLEMS[random.nextInt(OTHER_PROBLEMS.length)]);
		}
		double yes = (gaza ? 0.25 : 0.35) - (young ? 0.08 : 0) - (educated ? 0.05 : 0);
		a.put("free_expression", random.nextDouble() < 0.03 ? "na" : random.nextDouble() < yes ? "yes" : "no");
		a.put("complained", random.nextDouble() < (educated ? 0.25 : 0.16) ? "yes" : "no");
		if ("yes".equals(a.get("complained"))) {
			a.put("complaint_answered", pick(new double[] { 0.4, 0.55, 0.05 }, "yes", "no", "na"));
		}
		if (random.nextDouble() < 0.08) {
			a.put("comments", COMMENTS[random.nextInt(COMMENTS.length)]);
		}
		return new Respondent(a, seconds(hurried), channel);
	}

	private void ratings(Map<String, String> a, boolean gaza, boolean young, boolean educated, boolean straight) {
		if (straight) {
			String same = random.nextBoolean() ? "5" : "3";
			for (String s : SERVICES) {
				a.put(s, same);
			}
			return;
		}
		double person = random.nextGaussian() * 0.6 - (young ? 0.2 : 0) - (educated ? 0.2 : 0);
		double[] base = gaza ? GAZA : WEST_BANK;
		for (int i = 0; i < SERVICES.length; i++) {
			long r = Math.round(base[i] + person + random.nextGaussian() * 0.8);
			a.put(SERVICES[i], String.valueOf(Math.max(1, Math.min(5, r))));
		}
	}

	private void services(Map<String, String> a, boolean gaza) {
		List<String> used = new ArrayList<>();
		String[] values = { "health", "school", "social", "labour", "municipal" };
		double[] p = { 0.55, 0.35, gaza ? 0.30 : 0.15, 0.08, 0.45 };
		for (int i = 0; i < values.length; i++) {
			if (random.nextDouble() < p[i]) {
				used.add(values[i]);
			}
		}
		if (!used.isEmpty()) {
			a.put("services_used", String.join(" ", used));
		}
	}

	private int seconds(boolean hurried) {
		if (random.nextDouble() < (hurried ? 0.08 : 0.022)) {
			return 70 + random.nextInt(80);
		}
		double minutes = 9 + random.nextGaussian() * 3 - (hurried ? 3 : 0);
		return (int) Math.round(Math.max(4, Math.min(20, minutes)) * 60);
	}

	private int channel(boolean gaza) {
		double roll = random.nextDouble();
		if (enumerators == 0) {
			return roll < 0.35 ? -1 : -2;
		}
		if (roll < 0.35) {
			return -1;
		}
		if (roll < 0.65) {
			// the last enumerator works in Gaza, the others in the West Bank
			return gaza || enumerators == 1 ? enumerators - 1 : random.nextInt(enumerators - 1);
		}
		return -2;
	}

	private GovernorateSummary governorate() {
		double roll = random.nextDouble() * cumulative[cumulative.length - 1];
		for (int i = 0; i < cumulative.length; i++) {
			if (roll < cumulative[i]) {
				return governorates.get(i);
			}
		}
		return governorates.get(governorates.size() - 1);
	}

	private String pick(double[] p, String... values) {
		return values[index(p)];
	}

	private int index(double[] p) {
		double roll = random.nextDouble();
		double sum = 0;
		for (int i = 0; i < p.length; i++) {
			sum += p[i];
			if (roll < sum) {
				return i;
			}
		}
		return p.length - 1;
	}
}
