package ps.rasd.activities.internal;

import java.util.List;
import java.util.Map;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivityFigures;
import ps.rasd.activities.FigureFilter;
import ps.rasd.activities.Figures;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ReportFigures;
import ps.rasd.shared.spi.ReportSection;

/**
 * The periodic report's section on activities: unique people reached in the period by sex, age group and
 * governorate, and activities by kind; small counts withheld.
 */
class ActivityReportSection implements ReportSection {

	private static final Map<String, LocalizedText> SEXES = Map.of("F", new LocalizedText("إناث", "Women"), "M",
			new LocalizedText("ذكور", "Men"), "", new LocalizedText("غير محدد", "Not given"));

	private final ActivityFigures figures;

	private final GeographyManagement geography;

	private final ActivitiesManagement activities;

	ActivityReportSection(ActivityFigures figures, GeographyManagement geography, ActivitiesManagement activities) {
		this.figures = figures;
		this.geography = geography;
		this.activities = activities;
	}

	@Override
	public Section collect(ReportFigures.Scope scope) {
		Figures f = figures.publicFigures(new FigureFilter(scope.from(), scope.to(), scope.governorateCode(), null, null));
		Map<String, LocalizedText> governorates = new java.util.HashMap<>();
		geography.governorates().forEach(g -> governorates.put(g.code(), g.name()));
		Map<String, LocalizedText> kinds = new java.util.HashMap<>();
		activities.kinds().forEach(k -> kinds.put(k.code(), new LocalizedText(k.labelAr(), k.labelEn())));
		String people = f.people().hidden() ? "—" : String.valueOf(f.people().count());
		return new Section(new LocalizedText("الأنشطة مع الشباب", "Activities with young people"),
				new LocalizedText("انعقد " + f.activities() + " نشاطاً ووصلنا " + people
						+ " شخصاً دون تكرار؛ لا تُعرض الأعداد الأقل من 5 ولا ما قد يكشفها.",
						f.activities() + " activities held, " + people
								+ " unique people reached; counts below 5, and counts that would reveal them, are withheld."),
				List.of(chart("الأشخاص حسب الجنس", "People by sex", f.bySex(), SEXES),
						chart("الأشخاص حسب الفئة العمرية", "People by age group", f.byAgeGroup(), Map.of()),
						chart("الأشخاص حسب المحافظة", "People by governorate", f.byGovernorate(), governorates),
						chart("الأنشطة حسب النوع", "Activities by kind", f.byKind(), kinds)));
	}

	private static Chart chart(String arabic, String english, List<Figures.Count> counts,
			Map<String, LocalizedText> names) {
		return new Chart(new LocalizedText(arabic, english), counts.stream().filter(c -> !c.hidden())
			.map(c -> new ReportFigures.Count(c.key(), names.getOrDefault(c.key(), new LocalizedText(
					c.key().isEmpty() ? "غير محدد" : c.key(), c.key().isEmpty() ? "Not given" : c.key())), c.count()))
			.toList());
	}
}
