package ps.rasd.monitoring.internal;

import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection.Rendered;
import ps.rasd.shared.spi.GovernoratePageSection;

/** Scores over time on a governorate's page: the monthly mean score of public visits by sector. */
@Order(10)
class GovernorateScoresSection implements GovernoratePageSection {

	private final AreaScores scores;

	GovernorateScoresSection(AreaScores scores) {
		this.scores = scores;
	}

	@Override
	public Rendered render(String governorateCode, RasdPrincipal viewer, Locale locale) {
		return new Rendered("monitoring/area", "section", scores.model(governorateCode, null));
	}
}
