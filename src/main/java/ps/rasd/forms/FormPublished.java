package ps.rasd.forms;

/**
 * A new version of a form was published (an event; other modules may react after commit).
 *
 * @param formId the form
 * @param versionId the new version
 * @param number its number
 */
public record FormPublished(long formId, long versionId, int number) {
}
