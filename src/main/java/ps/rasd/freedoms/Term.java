package ps.rasd.freedoms;

import ps.rasd.shared.LocalizedText;

/**
 * One entry of a vocabulary.
 *
 * @param id the entry's id
 * @param kind the vocabulary
 * @param code the stable code, kept in records and exports
 * @param label the label in Arabic and English
 * @param huridocsCode the code of the matching HURIDOCS micro-thesaurus term, or {@code null}
 * @param active whether it is offered for new records (old records keep it)
 * @param position its place in lists
 */
public record Term(long id, TermKind kind, String code, LocalizedText label, String huridocsCode, boolean active,
		int position) {
}
