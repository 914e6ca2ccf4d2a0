package ps.rasd.shared.spi;

import java.util.Locale;
import java.util.Map;

import ps.rasd.shared.RasdPrincipal;

/**
 * A module's part of a facility's page (for instance monitoring's score history): the registry renders the page and
 * includes each section's fragment with its model, without importing the module.
 */
public interface FacilityPageSection {

	/** The section for this facility as seen by this person (who may be {@code null}: the public). */
	Rendered render(long facilityId, RasdPrincipal viewer, Locale locale);

	/**
	 * @param template the Thymeleaf template that holds the fragment
	 * @param fragment the fragment's name
	 * @param model what the fragment reads, under the variable {@code section}
	 */
	record Rendered(String template, String fragment, Map<String, Object> model) {
	}
}
