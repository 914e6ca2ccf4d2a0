package ps.rasd.forms;

import ps.rasd.shared.LocalizedText;

/**
 * One choice of a single- or multiple-choice question.
 *
 * @param value the stored value (letters, digits, underscore; no spaces: a multiple answer is values separated by
 * spaces, as in XLSForm)
 * @param label what people read
 */
public record Choice(String value, LocalizedText label) {
}
