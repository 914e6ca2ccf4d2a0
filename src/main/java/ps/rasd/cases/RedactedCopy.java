package ps.rasd.cases;

import java.util.List;

import ps.rasd.shared.Redaction;

/**
 * A copy of a case proposed for publication, with personal data replaced.
 *
 * @param title the redacted title
 * @param story the redacted description
 * @param removed what was replaced, in order
 */
public record RedactedCopy(String title, String story, List<Redaction.Kind> removed) {
}
