package ps.rasd.search;

/**
 * One result.
 *
 * @param type the kind of record ({@code case}, {@code facility}, {@code place}, {@code authority})
 * @param typeLabel that kind, in the reader's language
 * @param reference the record's readable reference
 * @param title the title in the reader's language
 * @param snippet the matching passage as HTML: the text escaped, the words found in {@code <mark>}
 * @param url the page to open: the staff page for those who may work on the record, the public page otherwise
 */
public record SearchHit(String type, String typeLabel, String reference, String title, String snippet, String url) {
}
