package ps.rasd.shared.spi;

import java.time.Instant;
import java.util.List;

/**
 * A module's public pages for the sitemap (collected by the platform at {@code /sitemap.xml}). Only pages anyone may
 * read belong here.
 */
public interface SitemapSource {

	/** The public pages of this module. */
	List<Entry> entries();

	/**
	 * A public page.
	 *
	 * @param path the path, e.g. {@code /findings/RSD-2026-000123}
	 * @param lastModified when it last changed, may be {@code null}
	 */
	record Entry(String path, Instant lastModified) {
	}
}
