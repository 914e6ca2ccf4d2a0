package ps.rasd.forms;

import java.time.Instant;

/**
 * One version of a form.
 *
 * @param id the version id, which visits record
 * @param formId the form
 * @param formCode the form's code
 * @param number 1, 2, 3… in order of creation
 * @param status draft, published or retired
 * @param publishedAt when it was published, {@code null} for a draft
 * @param definition what it asks
 * @param version the row version to send back with a change of a draft
 */
public record FormVersionSummary(long id, long formId, String formCode, int number, VersionStatus status,
		Instant publishedAt, FormDefinition definition, long version) {
}
