package ps.rasd.media.internal;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.media.LibraryManagement;
import ps.rasd.media.MediaManagement;
import ps.rasd.media.ProductionManagement;
import ps.rasd.shared.spi.SitemapSource;

/** Published pages, news posts, publications and media productions, and the lists that lead to them. */
class MediaSitemap implements SitemapSource {

	private final MediaManagement media;

	private final LibraryManagement library;

	private final ProductionManagement productions;

	MediaSitemap(MediaManagement media, LibraryManagement library, ProductionManagement productions) {
		this.media = media;
		this.library = library;
		this.productions = productions;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/news", null));
		entries.add(new Entry("/library", null));
		entries.add(new Entry("/newsletter", null));
		entries.add(new Entry("/media", null));
		media.allPublished().forEach(a -> entries.add(new Entry(a.path(), a.updatedAt())));
		library.allPublished().forEach(p -> entries.add(new Entry(p.path(), p.updatedAt())));
		productions.allPublished().forEach(p -> entries.add(new Entry(p.path(), p.updatedAt())));
		return entries;
	}
}
