package ps.rasd.advocacy;

/**
 * A record that can be cited, with its figure as it stands now.
 *
 * @param kind what it is
 * @param ref its reference within its kind
 * @param label what it is called (a case's title, an authority's name, a poll question and answer)
 * @param value the figure or fact now (a status, a reply rate, a share with its margin of error)
 * @param method how the figure was made (a poll's methodology), or {@code null}
 * @param url its page
 * @param figure the figure as data (the value is it written in the reader's language)
 */
public record Citable(CitationKind kind, String ref, String label, String value, String method, String url,
		Figure figure) {
}
