package ps.rasd.advocacy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.advocacy.internal.PaperPdf;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.PdfChecks;
import ps.rasd.support.Principals;

/**
 * Figures for bench/advocacy.sh (not a test: it asserts nothing and is run only by name). A position paper of about
 * {@code BENCH_PAGES} pages with {@code BENCH_CITATIONS} footnotes printed as Arabic PDF; the citation search (case
 * references and words through the search index) over the records in the database, {@code BENCH_QUERIES} queries.
 */
@SpringBootTest
@ActiveProfiles("test")
class AdvocacyBenchmark {

	static final int PAGES = Integer.parseInt(System.getenv().getOrDefault("BENCH_PAGES", "20"));

	static final int CITATIONS = Integer.parseInt(System.getenv().getOrDefault("BENCH_CITATIONS", "60"));

	static final int CASES = Integer.parseInt(System.getenv().getOrDefault("BENCH_CASES", "200"));

	static final int QUERIES = Integer.parseInt(System.getenv().getOrDefault("BENCH_QUERIES", "200"));

	static final Locale AR = Locale.forLanguageTag("ar");

	/** CPU time of this thread: steadier than wall time on a shared machine. */
	static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Autowired
	PaperPdf pdf;

	@Autowired
	EvidenceBase evidence;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CasePublication publication;

	@Test
	void figures() {
		if (!"search".equals(System.getenv("BENCH_ONLY"))) {
			paper();
		}
		if (!"paper".equals(System.getenv("BENCH_ONLY"))) {
			search();
		}
	}

	private void paper() {
		Map<Integer, Citation> cited = new LinkedHashMap<>();
		for (int n = 1; n <= CITATIONS; n++) {
			Citable now = new Citable(CitationKind.POLL, "p/q/" + n, "استطلاع الشباب: الرضا عن خدمة المياه " + n,
					"٦٢٫" + n + "٪ ± ٤٫١ (العينة ١٢٠٠)", "عينة احتمالية طبقية من ١٢٠٠ شاب، ترجيح بالتقسيم اللاحق", "/x",
					Figure.of("advocacy.value.poll", Figure.decimal(62 + n / 100.0), Figure.decimal(4.1),
							Figure.integer(1200)));
			cited.put(n, new Citation(n, n, CitationKind.POLL, now.ref(), now.label(), now.value(), now.method(),
					Instant.now(), now, true, now.figure()));
		}
		StringBuilder body = new StringBuilder();
		String sentence = "تعاني أحياء الخليل من انقطاع المياه لأيام متتالية في الصيف، ولا تنشر الدائرة جدول الضخ. ";
		int perPage = 9;
		int paragraphs = PAGES * perPage;
		for (int p = 0; p < paragraphs; p++) {
			if (p % perPage == 0) {
				body.append("# القسم ").append(p / perPage + 1).append("\n");
			}
			body.append(sentence.repeat(3)).append('[').append(p % CITATIONS + 1).append("]\n\n");
		}
		CampaignView campaign = new CampaignView(1, "bench", "حملة قياس", null, "هدف", null, null, null, "50", "WATER",
				null, LocalDate.now(), null, false, false, null, Instant.now(), true, 0);
		PaperView paper = new PaperView(1, 1, PaperKind.POSITION, "ar", "ورقة موقف للقياس", body.toString(),
				Instant.now(), 0);
		PaperLayout layout = PaperLayout.of(paper.body(), cited);
		pdf.render(paper, campaign, layout, AR); // warm-up
		pdf.render(paper, campaign, layout, AR);
		long[] ms = new long[5];
		long[] cpu = new long[ms.length];
		byte[] bytes = null;
		for (int i = 0; i < ms.length; i++) {
			long start = System.nanoTime();
			long startCpu = THREADS.getCurrentThreadCpuTime();
			bytes = pdf.render(paper, campaign, layout, AR);
			cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
			ms[i] = (System.nanoTime() - start) / 1_000_000;
		}
		int pages = PdfChecks.pages(bytes);
		Arrays.sort(ms);
		Arrays.sort(cpu);
		System.out.printf("BENCH paper: %d pages, %d footnotes, %d KB; render ms min %d, median %d, max %d;"
				+ " CPU ms a render min %d, median %d, max %d%n", pages, layout.footnotes().size(), bytes.length / 1024,
				ms[0], ms[2], ms[4], cpu[0], cpu[2], cpu[4]);
	}

	private void search() {
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		List<String> refs = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			refs.add(AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "انقطاع المياه رقم " + i));
		}
		var analyst = Principals.analyst();
		List<String> queries = List.of("مياه", "انقطاع المياه", "الخليل", "صحة", "ضخ", "water");
		for (int i = 0; i < 20; i++) {
			evidence.find(refs.get(i % refs.size()), analyst, AR);
		}
		long[] refCpu = new long[QUERIES];
		long[] refMs = time(QUERIES, i -> evidence.find(refs.get(i % refs.size()), analyst, AR), refCpu);
		long[] wordCpu = new long[QUERIES];
		int[] found = new int[1];
		long[] wordMs = time(QUERIES, i -> found[0] += evidence.find(queries.get(i % queries.size()), analyst, AR)
			.size(), wordCpu);
		System.out.printf("BENCH citation search by reference (%d cases filed): p50 %d ms, p95 %d ms, max %d ms;"
				+ " CPU ms a query p50 %d, p95 %d%n", CASES, pct(refMs, 50), pct(refMs, 95), refMs[refMs.length - 1],
				pct(refCpu, 50), pct(refCpu, 95));
		System.out.printf("BENCH citation search by words (%.1f citable records a query): p50 %d ms, p95 %d ms,"
				+ " max %d ms; CPU ms a query p50 %d, p95 %d%n", found[0] / (double) QUERIES, pct(wordMs, 50),
				pct(wordMs, 95), wordMs[wordMs.length - 1], pct(wordCpu, 50), pct(wordCpu, 95));
	}

	private static long[] time(int n, IntConsumer query, long[] cpu) {
		long[] ms = new long[n];
		for (int i = 0; i < n; i++) {
			long start = System.nanoTime();
			long startCpu = THREADS.getCurrentThreadCpuTime();
			query.accept(i);
			cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
			ms[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(ms);
		Arrays.sort(cpu);
		return ms;
	}

	private static long pct(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}
}
