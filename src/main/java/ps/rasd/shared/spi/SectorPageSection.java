package ps.rasd.shared.spi;

import java.util.Locale;

import ps.rasd.shared.RasdPrincipal;

/**
 * A module's part of a sector's public page, collected by the registry's page without knowing the module. Only what
 * the public may read is shown, with cells of fewer than five reports suppressed.
 */
public interface SectorPageSection {

	/** The section for this sector (its code) as seen by this person (who may be {@code null}: the public). */
	FacilityPageSection.Rendered render(String sectorCode, RasdPrincipal viewer, Locale locale);
}
