package ps.rasd.freedoms;

import java.util.List;

import ps.rasd.shared.Redaction;

/**
 * The redacted copy proposed before publishing: the documenter sees it, may change it, then publishes.
 *
 * @param title the proposed public title
 * @param narrative the proposed public narrative
 * @param removed what kinds of personal data were found and replaced
 * @param consentAllows whether every source consents to publication (and there is one)
 * @param locked whether a "do not publish" lock holds
 */
public record RedactionPreview(String title, String narrative, List<Redaction.Kind> removed, boolean consentAllows,
		boolean locked) {
}
