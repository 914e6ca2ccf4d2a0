package ps.rasd.media.internal;

import java.time.LocalDate;

import ps.rasd.media.ProductionDraft;
import ps.rasd.media.ProductionManagement;
import ps.rasd.media.ProductionView;
import ps.rasd.media.ReachEntry;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.shared.spi.DemoSeed;

/** Three fictional media productions (a sketch, a TV report, a podcast), marked as demo content. */
class DemoProductions implements DemoSeed {

	private static final String MARK_AR = " (محتوى تجريبي خيالي)";

	private static final String MARK_EN = " (fictional demo content)";

	private final ProductionManagement productions;

	DemoProductions(ProductionManagement productions) {
		this.productions = productions;
	}

	@Override
	public int order() {
		return 71;
	}

	@Override
	public void seed() {
		RasdPrincipal editor = new SystemPrincipal();
		if (productions.list(null, editor, 0, 1).totalItems() > 0) {
			return;
		}
		ProductionView sketch = make(new ProductionDraft("empty-tank-sketch", "THEATRE", "وصلة: الصهريج الفارغ",
				"Sketch: the empty tank", "وصلة مسرحية قصيرة يؤديها متطوعو المنتدى عن أسر تشتري المياه من الصهاريج"
						+ " حين ينقطع الضخ أيامًا." + MARK_AR,
				"A short sketch by the forum's volunteers on families buying water from tankers when the supply stops."
						+ MARK_EN,
				"/findings", "مسرح الحارة (تجريبي)", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20), null),
				editor);
		productions.addPerformance(sketch.id(), "مركز شباب مخيم تجريبي", LocalDate.of(2026, 10, 20), 140, editor);
		productions.addPerformance(sketch.id(), "مدرسة القرية التجريبية", LocalDate.of(2026, 11, 3), 95, editor);
		productions.publish(sketch.id(), editor);

		ProductionView report = make(new ProductionDraft("clinic-queues-tv-report", "TV_REPORT",
				"تقرير: طوابير العيادة الصباحية", "Report: the clinic's morning queues",
				"تقرير تلفزيوني قصير عن انتظار المرضى في مركز صحي، مبني على زيارات الرصد." + MARK_AR,
				"A short TV report on patients waiting at a health centre, built on monitoring visits." + MARK_EN,
				"/findings", "قناة محلية تجريبية", LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 12),
				"https://example.org/demo/clinic-queues"), editor);
		productions.recordReach(report.id(), new ReachEntry("tv", LocalDate.of(2026, 11, 12), 0, 0, 12000, false),
				editor);
		productions.recordReach(report.id(),
				new ReachEntry("facebook", LocalDate.of(2026, 11, 13), 4300, 180, 9100, false), editor);
		productions.publish(report.id(), editor);

		ProductionView podcast = make(new ProductionDraft("youth-voice-podcast-1", "PODCAST",
				"بودكاست صوت الشباب: الحلقة الأولى", "Youth voice podcast: episode one",
				"متطوعان يتحدثان عن تجربتهما في رصد الخدمات العامة." + MARK_AR,
				"Two volunteers talk about monitoring public services." + MARK_EN, null, null,
				LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25), "https://example.org/demo/podcast-1"), editor);
		productions.publish(podcast.id(), editor);
	}

	private ProductionView make(ProductionDraft draft, RasdPrincipal editor) {
		return productions.create(draft, true, editor);
	}
}
