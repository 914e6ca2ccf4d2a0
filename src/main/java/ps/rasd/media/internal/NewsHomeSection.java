package ps.rasd.media.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import ps.rasd.media.ArticleKind;
import ps.rasd.media.MediaManagement;
import ps.rasd.shared.spi.FacilityPageSection.Rendered;
import ps.rasd.shared.spi.HomePageSection;

/** The home page's "about" band (the summary of the published page {@code about}) and the latest news titles. */
class NewsHomeSection implements HomePageSection {

	static final int LATEST = 4;

	private final MediaManagement media;

	NewsHomeSection(MediaManagement media) {
		this.media = media;
	}

	@Override
	public Rendered render(Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("about", media.published(ArticleKind.PAGE, "about").orElse(null));
		model.put("news", media.latest(ArticleKind.NEWS, LATEST));
		return new Rendered("media/home", "section", model);
	}
}
