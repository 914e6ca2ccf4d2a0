package ps.rasd.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.shared.Formats;
import ps.rasd.shared.spi.PdfRenderer;

/**
 * The referral letter as PDF: the cases module renders its XHTML template, the {@link PdfRenderer} contract (analytics)
 * prints it with embedded fonts. Arabic unless the locale is English.
 */
@Component
class LetterPdf {

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final Clock clock;

	private final String css;

	LetterPdf(ITemplateEngine templates, PdfRenderer renderer, Clock clock) {
		this.templates = templates;
		this.renderer = renderer;
		this.clock = clock;
		try (InputStream in = new ClassPathResource("pdf/letter.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] render(Map<String, Object> letter, Locale locale) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
		Context context = new Context(language, letter);
		context.setVariable("css", css);
		context.setVariable("today", Formats.of(language).longDate(clock.instant()));
		String xhtml = templates.process("cases/letter-pdf", context);
		return renderer.render(xhtml, language != Locale.ENGLISH);
	}

}
