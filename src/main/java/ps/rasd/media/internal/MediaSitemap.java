package ps.rasd.media.internal;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.media.MediaManagement;
import ps.rasd.shared.spi.SitemapSource;

/** Published pages, news posts and publications, and the lists that lead to them. */
class MediaSitemap implements SitemapSource {

	private final MediaManagement media;

	MediaSitemap(MediaManagement media) {
		this.media = media;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/news", null));
		media.allPublished().forEach(a -> entries.add(new Entry(a.path(), a.updatedAt())));
		return entries;
	}
}
