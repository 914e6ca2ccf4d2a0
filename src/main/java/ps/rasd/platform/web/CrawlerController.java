package ps.rasd.platform.web;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.SitemapSource;

/**
 * What search engines read: {@code robots.txt} (public pages yes; staff pages, secret links and the API no) and
 * {@code sitemap.xml} from every module's public pages.
 */
@RestController
class CrawlerController {

	private static final int MAX_URLS = 50_000;

	private final List<SitemapSource> sources;

	private final String baseUrl;

	CrawlerController(List<SitemapSource> sources, RasdProperties properties) {
		this.sources = sources;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /cases
				Disallow: /visits
				Disallow: /rounds
				Disallow: /team
				Disallow: /admin
				Disallow: /account
				Disallow: /track/
				Disallow: /reply/
				Disallow: /evidence/
				Disallow: /api/
				Disallow: /login
				Allow: /

				Sitemap: %s/sitemap.xml
				""".formatted(baseUrl);
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
			.body(body);
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		int written = 0;
		for (String path : List.of("/", "/findings", "/complaint")) {
			url(xml, path, null);
			written++;
		}
		for (SitemapSource source : sources) {
			for (SitemapSource.Entry entry : source.entries()) {
				if (written++ >= MAX_URLS) {
					break;
				}
				url(xml, entry.path(), entry.lastModified());
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.body(out.toString());
	}

	private void url(XMLStreamWriter xml, String path, java.time.Instant lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(baseUrl + path);
		xml.writeEndElement();
		if (lastModified != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(lastModified.truncatedTo(
					java.time.temporal.ChronoUnit.SECONDS)));
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}
}
