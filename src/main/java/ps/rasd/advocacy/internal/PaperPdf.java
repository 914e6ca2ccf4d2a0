package ps.rasd.advocacy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.advocacy.CampaignView;
import ps.rasd.advocacy.PaperLayout;
import ps.rasd.advocacy.PaperView;
import ps.rasd.shared.Formats;
import ps.rasd.shared.spi.PdfRenderer;

/**
 * A paper printed as PDF: its XHTML template rendered by Thymeleaf, then printed by the report machinery with the
 * Arabic and Latin fonts embedded ({@link PdfRenderer}, as the analytics reports and the referral letters).
 */
@Component
public class PaperPdf {

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final Clock clock;

	private final String css;

	PaperPdf(ITemplateEngine templates, PdfRenderer renderer, Clock clock) {
		this.templates = templates;
		this.renderer = renderer;
		this.clock = clock;
		try (InputStream in = new ClassPathResource("pdf/paper.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] render(PaperView paper, CampaignView campaign, PaperLayout layout, Locale language) {
		Context context = new Context(language);
		context.setVariable("paper", paper);
		context.setVariable("campaign", campaign);
		context.setVariable("layout", layout);
		context.setVariable("css", css);
		context.setVariable("today", Formats.of(language).longDate(clock.instant()));
		return renderer.render(templates.process("advocacy/paper-pdf", context), language != Locale.ENGLISH);
	}
}
