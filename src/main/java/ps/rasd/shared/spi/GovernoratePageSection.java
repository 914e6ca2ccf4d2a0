package ps.rasd.shared.spi;

import java.util.Locale;

import ps.rasd.shared.RasdPrincipal;

/**
 * A module's part of a governorate's public page (for instance monitoring's scores over time, or the cases' counts,
 * latest findings and authority scorecards there), collected by the geography page without knowing the module. Only
 * what the public may read is shown, with cells of fewer than five reports suppressed.
 */
public interface GovernoratePageSection {

	/** The section for this governorate (its PCBS code) as seen by this person (who may be {@code null}: the public). */
	FacilityPageSection.Rendered render(String governorateCode, RasdPrincipal viewer, Locale locale);
}
