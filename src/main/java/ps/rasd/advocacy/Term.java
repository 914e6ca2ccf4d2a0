package ps.rasd.advocacy;

import ps.rasd.shared.LocalizedText;

/**
 * One entry of an editable list.
 *
 * @param list the list
 * @param code the code kept in records
 * @param name its name in Arabic and English
 */
public record Term(TermList list, String code, LocalizedText name) {
}
