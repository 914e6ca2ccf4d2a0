package ps.rasd.activities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.activities.ActivitySummary;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.PdfRenderer;

/** A certificate of attendance as PDF, Arabic unless English was chosen, printed by the shared PDF renderer. */
@Component
public class CertificatePdf {

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final RasdProperties rasd;

	private final String css;

	CertificatePdf(ITemplateEngine templates, PdfRenderer renderer, RasdProperties rasd) throws IOException {
		this.templates = templates;
		this.renderer = renderer;
		this.rasd = rasd;
		try (InputStream in = new ClassPathResource("pdf/certificate.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The certificate of a participant. */
	public byte[] render(ActivitySummary activity, String name, double hours, String code, Instant issuedAt,
			Locale locale) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
		Context context = new Context(language);
		context.setVariable("css", css);
		context.setVariable("activity", activity);
		context.setVariable("name", name);
		context.setVariable("hours", hours);
		context.setVariable("code", code);
		context.setVariable("issuedAt", issuedAt);
		context.setVariable("url", rasd.baseUrl() + "/certificates/" + code);
		return renderer.render(templates.process("activities/certificate-pdf", context), language != Locale.ENGLISH);
	}
}
