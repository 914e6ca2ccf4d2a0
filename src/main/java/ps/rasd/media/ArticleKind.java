package ps.rasd.media;

/** What an article of the website is: a standing page (about, mission, contact) or a dated news post. */
public enum ArticleKind {

	/** A page of the website, at {@code /pages/{slug}}. */
	PAGE("/pages/"),

	/** A news post, at {@code /news/{slug}}, in the Atom feed and on the home page. */
	NEWS("/news/");

	private final String prefix;

	ArticleKind(String prefix) {
		this.prefix = prefix;
	}

	/** The public path of the article with this slug. */
	public String path(String slug) {
		return prefix + slug;
	}
}
