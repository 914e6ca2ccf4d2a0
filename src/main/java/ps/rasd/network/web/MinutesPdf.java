package ps.rasd.network.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.shared.spi.PdfRenderer;

/** The minutes of a meeting as PDF: Arabic unless the page is English, printed by the shared PDF renderer. */
@Component
class MinutesPdf {

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final String css;

	MinutesPdf(ITemplateEngine templates, PdfRenderer renderer) throws java.io.IOException {
		this.templates = templates;
		this.renderer = renderer;
		try (var in = new org.springframework.core.io.ClassPathResource("pdf/minutes.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	byte[] render(Map<String, Object> minutes, Locale locale) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
		Context context = new Context(language, minutes);
		context.setVariable("css", css);
		String xhtml = templates.process("network/minutes-pdf", context);
		return renderer.render(xhtml, language != Locale.ENGLISH);
	}
}
