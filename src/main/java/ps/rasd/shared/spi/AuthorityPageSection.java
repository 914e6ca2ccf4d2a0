package ps.rasd.shared.spi;

import java.util.Locale;

import ps.rasd.shared.RasdPrincipal;

/**
 * A module's part of an authority's page (for instance the cases module's scorecard of the authority's replies),
 * collected by the registry's page without the registry knowing the module.
 */
public interface AuthorityPageSection {

	/** The section for this authority as seen by this person (who may be {@code null}: the public). */
	FacilityPageSection.Rendered render(long authorityId, RasdPrincipal viewer, Locale locale);
}
