package ps.rasd.media.internal;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.media.LibraryManagement;
import ps.rasd.media.MediaManagement;
import ps.rasd.shared.spi.SitemapSource;

/** Published pages, news posts and publications, and the lists that lead to them. */
class MediaSitemap implements SitemapSource {

	private final MediaManagement media;

	private final LibraryManagement library;

	MediaSitemap(MediaManagement media, LibraryManagement library) {
		this.media = media;
		this.library = library;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/news", null));
		entries.add(new Entry("/library", null));
		entries.add(new Entry("/newsletter", null));
		media.allPublished().forEach(a -> entries.add(new Entry(a.path(), a.updatedAt())));
		library.allPublished().forEach(p -> entries.add(new Entry(p.path(), p.updatedAt())));
		return entries;
	}
}
