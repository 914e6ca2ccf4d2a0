package ps.rasd.shared.spi;

import java.util.Locale;

/**
 * A module's part of the home page (for instance the headline figures or the latest findings): the platform renders
 * the page and includes each section's fragment with its model, without importing the module. Sections are shown in
 * their {@code @Order}. The home page is public: a section shows only what the public may read.
 */
public interface HomePageSection {

	/** The section in this language. */
	FacilityPageSection.Rendered render(Locale locale);
}
