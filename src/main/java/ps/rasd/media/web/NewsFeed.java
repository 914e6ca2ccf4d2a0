package ps.rasd.media.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ps.rasd.media.ArticleView;
import ps.rasd.shared.RasdProperties;

/** The Atom feed (RFC 4287) of the latest news posts, in the reader's language. */
@Component
class NewsFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final MessageSource messages;

	private final String baseUrl;

	NewsFeed(MessageSource messages, RasdProperties properties) {
		this.messages = messages;
		this.baseUrl = properties.baseUrl();
	}

	String atom(List<ArticleView> posts, Locale locale) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			String self = baseUrl + "/news/feed.atom";
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml:lang", locale.getLanguage());
			element(xml, "title", messages.getMessage("media.news.heading", null, locale) + " — "
					+ messages.getMessage("layout.brand", null, locale));
			element(xml, "id", self);
			link(xml, "self", self);
			link(xml, "alternate", baseUrl + "/news");
			Instant updated = posts.stream().map(ArticleView::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
			element(xml, "updated", stamp(updated));
			xml.writeStartElement("author");
			element(xml, "name", messages.getMessage("layout.brand", null, locale));
			xml.writeEndElement();
			for (ArticleView post : posts) {
				String url = baseUrl + post.path();
				xml.writeStartElement("entry");
				element(xml, "id", url);
				element(xml, "title", post.title(locale));
				link(xml, "alternate", url);
				element(xml, "published", stamp(post.publishedAt()));
				element(xml, "updated", stamp(post.updatedAt()));
				for (String tag : post.tags()) {
					xml.writeEmptyElement("category");
					xml.writeAttribute("term", tag);
				}
				if (post.summary(locale) != null) {
					xml.writeStartElement("summary");
					xml.writeAttribute("type", "text");
					xml.writeCharacters(post.summary(locale));
					xml.writeEndElement();
				}
				xml.writeStartElement("content");
				xml.writeAttribute("type", "html");
				xml.writeCharacters(post.body(locale));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String stamp(Instant instant) {
		return (instant == null ? Instant.EPOCH : instant).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
