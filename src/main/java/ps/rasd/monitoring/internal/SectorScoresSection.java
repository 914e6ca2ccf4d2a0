package ps.rasd.monitoring.internal;

import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection.Rendered;
import ps.rasd.shared.spi.SectorPageSection;

/** Scores over time on a sector's page: the monthly mean score of public visits by governorate. */
@Order(10)
class SectorScoresSection implements SectorPageSection {

	private final AreaScores scores;

	SectorScoresSection(AreaScores scores) {
		this.scores = scores;
	}

	@Override
	public Rendered render(String sectorCode, RasdPrincipal viewer, Locale locale) {
		return new Rendered("monitoring/area", "section", scores.model(null, sectorCode));
	}
}
