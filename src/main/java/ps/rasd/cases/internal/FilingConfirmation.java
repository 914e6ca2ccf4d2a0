package ps.rasd.cases.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.ReporterDetails;

/**
 * The confirmation of a complaint with its tracking link, queued in the filing's own transaction: the tracking token
 * exists only then, so it never travels in an event (which the event registry would keep).
 */
@Component
public class FilingConfirmation {

	private final CaseMailer mailer;

	FilingConfirmation(CaseMailer mailer) {
		this.mailer = mailer;
	}

	/** Queues the confirmation when the reporter gave an e-mail address. */
	public void send(CaseSummary summary, ReporterDetails reporter, String trackingToken) {
		if (reporter == null || reporter.email() == null || trackingToken == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(reporter.language() == null ? "ar" : reporter.language());
		Map<String, Object> model = CaseMailer.model(summary);
		model.put("link", mailer.baseUrl() + "/track/" + trackingToken);
		mailer.queue(reporter.email(), "filed", locale,
				mailer.message("cases.mail.subject.filed", locale, summary.reference()), model, summary);
	}
}
