package ps.rasd.shared.spi;

import java.time.Instant;
import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A module's published records for the social-media kit: what a communications officer posts by hand (nothing is
 * ever posted automatically). Findings, poll results, publications, news posts, media productions, activities and
 * campaigns contribute, each module declaring its bean in its {@code internal/<Module>Contributions}; the media
 * module's {@code SocialKit} collects them. Only records anyone may read belong here.
 */
public interface ShareableSource {

	/** The kind of record, e.g. {@code publication}, {@code campaign}. */
	String type();

	/** The latest published records of this kind, newest first, at most {@code limit}. */
	List<Shareable> latest(int limit);

	/**
	 * A published record to share.
	 *
	 * @param type the kind of record
	 * @param key its id within the kind
	 * @param title the title in Arabic and English
	 * @param summary one or two sentences in Arabic and English, may be {@code null}
	 * @param path its public page, e.g. {@code /library/water-in-camps-2026}
	 * @param hashtags hashtags without {@code #}, e.g. {@code مياه}, {@code Rasd}
	 * @param imagePath a public share image (1200×630) if the module draws one, else {@code null}
	 * @param publishedAt when it was published
	 */
	record Shareable(String type, String key, LocalizedText title, LocalizedText summary, String path,
			List<String> hashtags, String imagePath, Instant publishedAt) {
	}
}
