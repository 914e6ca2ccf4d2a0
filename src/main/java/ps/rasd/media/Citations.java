package ps.rasd.media;

import java.util.Locale;

/** How a publication is cited: a line for people, BibTeX and RIS for reference managers. */
public final class Citations {

	private Citations() {
	}

	/** e.g. {@code منتدى شارك الشبابي (2026). عنوان الدراسة. رصد. https://…/library/slug} */
	public static String line(PublicationView p, String publisher, String baseUrl, Locale locale) {
		return p.authors() + " (" + p.year() + "). " + p.title(locale) + ". " + publisher + ". " + baseUrl + p.path();
	}

	/** A BibTeX entry, its key the slug. */
	public static String bibtex(PublicationView p, String publisher, String baseUrl) {
		StringBuilder b = new StringBuilder("@").append(p.kind().bibtexType()).append('{')
			.append(p.slug().replace('-', '_')).append(",\n");
		field(b, "author", String.join(" and ", p.authors().split("\\s*;\\s*")));
		field(b, "title", p.titleAr());
		if (p.titleEn() != null) {
			field(b, "note", "English title: " + p.titleEn());
		}
		field(b, "year", String.valueOf(p.year()));
		field(b, "month", String.valueOf(p.issuedOn().getMonthValue()));
		field(b, p.kind().bibtexType().equals("techreport") ? "institution" : "publisher", publisher);
		field(b, "language", p.language().startsWith("ar") ? "arabic" : "english");
		field(b, "url", baseUrl + p.path());
		return b.append("}\n").toString();
	}

	/** A RIS record. */
	public static String ris(PublicationView p, String publisher, String baseUrl) {
		StringBuilder r = new StringBuilder();
		tag(r, "TY", p.kind().risType());
		for (String author : p.authors().split("\\s*;\\s*")) {
			tag(r, "AU", author);
		}
		tag(r, "TI", p.titleAr());
		if (p.titleEn() != null) {
			tag(r, "TT", p.titleEn());
		}
		tag(r, "PY", String.valueOf(p.year()));
		tag(r, "DA", p.issuedOn().toString().replace('-', '/'));
		tag(r, "PB", publisher);
		tag(r, "LA", p.language());
		if (p.abstractAr() != null) {
			tag(r, "AB", p.abstractAr());
		}
		for (String topic : p.topics()) {
			tag(r, "KW", topic);
		}
		tag(r, "UR", baseUrl + p.path());
		return r.append("ER  - \r\n").toString();
	}

	private static void field(StringBuilder b, String name, String value) {
		b.append("  ").append(name).append(" = {").append(value.replaceAll("[{}\\\\]", "")).append("},\n");
	}

	private static void tag(StringBuilder r, String tag, String value) {
		r.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
	}
}
