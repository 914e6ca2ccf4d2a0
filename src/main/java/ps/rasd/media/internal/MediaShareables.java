package ps.rasd.media.internal;

import java.util.List;
import java.util.function.IntFunction;

import ps.rasd.media.ArticleKind;
import ps.rasd.media.ArticleView;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.LibraryQuery;
import ps.rasd.media.MediaManagement;
import ps.rasd.media.ProductionManagement;
import ps.rasd.media.ProductionView;
import ps.rasd.media.PublicationView;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ShareableSource;

/**
 * The media module's published records for the social-media kit: news posts (their tags as hashtags), publications
 * (their topics as hashtags) and productions, each read as the public reads it.
 */
final class MediaShareables implements ShareableSource {

	private final String type;

	private final IntFunction<List<Shareable>> latest;

	private MediaShareables(String type, IntFunction<List<Shareable>> latest) {
		this.type = type;
		this.latest = latest;
	}

	static MediaShareables news(MediaManagement media) {
		return new MediaShareables("news", limit -> media.latest(ArticleKind.NEWS, limit).stream()
			.map((ArticleView a) -> new Shareable("news", a.slug(), text(a.titleAr(), a.titleEn()),
					text(a.summaryAr(), a.summaryEn()), a.path(), a.tags(), null, a.publishedAt()))
			.toList());
	}

	static MediaShareables publications(LibraryManagement library) {
		return new MediaShareables(LibraryManagement.TYPE, limit -> library.list(LibraryQuery.ALL, null, 0, limit)
			.items().stream()
			.map((PublicationView p) -> new Shareable(LibraryManagement.TYPE, p.slug(), text(p.titleAr(), p.titleEn()),
					text(p.abstractAr(), p.abstractEn()), p.path(), p.topics(), null, p.publishedAt()))
			.toList());
	}

	static MediaShareables productions(ProductionManagement productions) {
		return new MediaShareables(ProductionManagement.TYPE, limit -> productions.list(null, null, 0, limit)
			.items().stream()
			.map((ProductionView p) -> new Shareable(ProductionManagement.TYPE, p.slug(),
					text(p.titleAr(), p.titleEn()), text(p.summaryAr(), p.summaryEn()), p.path(), List.of(), null,
					p.publishedAt()))
			.toList());
	}

	@Override
	public String type() {
		return type;
	}

	@Override
	public List<Shareable> latest(int limit) {
		return latest.apply(limit);
	}

	private static LocalizedText text(String ar, String en) {
		if (ar == null || ar.isBlank()) {
			return en == null || en.isBlank() ? null : new LocalizedText(en, en);
		}
		return new LocalizedText(ar, en);
	}
}
