package ps.rasd.freedoms.internal;

import java.util.List;
import java.util.Map;

import ps.rasd.freedoms.FigureFilter;
import ps.rasd.freedoms.Figures;
import ps.rasd.freedoms.FreedomsFigures;
import ps.rasd.freedoms.FreedomsVocabularies;
import ps.rasd.freedoms.TermKind;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ReportFigures;
import ps.rasd.shared.spi.ReportSection;

/** The periodic report's section on documented violations: the public figures of the period, small counts withheld. */
class EventReportSection implements ReportSection {

	private final FreedomsFigures figures;

	private final FreedomsVocabularies vocabularies;

	private final GeographyManagement geography;

	EventReportSection(FreedomsFigures figures, FreedomsVocabularies vocabularies, GeographyManagement geography) {
		this.figures = figures;
		this.vocabularies = vocabularies;
		this.geography = geography;
	}

	@Override
	public Section collect(ReportFigures.Scope scope) {
		Figures f = figures.published(new FigureFilter(scope.governorateCode(), null, scope.from(), scope.to()));
		Map<TermKind, Map<String, LocalizedText>> labels = vocabularies.labels();
		Map<String, LocalizedText> governorates = new java.util.HashMap<>();
		geography.governorates().forEach(g -> governorates.put(g.code(), g.name()));
		return new Section(new LocalizedText("انتهاكات الحريات العامة الموثّقة", "Documented violations of public freedoms"),
				new LocalizedText("الوقائع المنشورة فقط؛ لا تُعرض الأعداد الأقل من 5 ولا ما قد يكشفها.",
						"Published events only; counts below 5, and counts that would reveal them, are withheld."),
				List.of(chart("الوقائع حسب النوع", "Events by type", f.byType(), labels.get(TermKind.EVENT_TYPE)),
						chart("الوقائع حسب المحافظة", "Events by governorate", f.byGovernorate(), governorates),
						chart("الضحايا حسب المهنة", "Victims by profession", f.byProfession(),
								labels.get(TermKind.PROFESSION)),
						chart("الأفعال حسب نوع الجهة المدّعى مسؤوليتها", "Acts by type of alleged perpetrator",
								f.byPerpetrator(), labels.get(TermKind.PERPETRATOR_TYPE))));
	}

	private static Chart chart(String arabic, String english, List<Figures.Count> counts,
			Map<String, LocalizedText> names) {
		return new Chart(new LocalizedText(arabic, english), counts.stream().filter(c -> !c.hidden())
			.map(c -> new ReportFigures.Count(c.key(), names.getOrDefault(c.key(),
					new LocalizedText(c.key().isEmpty() ? "غير مسجّل" : c.key(), c.key().isEmpty() ? "Not recorded"
							: c.key())), c.count()))
			.toList());
	}
}
