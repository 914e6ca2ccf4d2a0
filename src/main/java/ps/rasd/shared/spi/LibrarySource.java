package ps.rasd.shared.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;

/**
 * Documents a module prints that the publications library can take in one step (a poll's published results, a
 * periodic monitoring report): the library lists the offers of every source on its desk and, when an editor takes one,
 * asks for the document, whose PDF and facts become a draft publication. Each module declares its source in its
 * {@code internal/<Module>Contributions}.
 */
public interface LibrarySource {

	/** The source's name, unique among sources, e.g. {@code polls}. */
	String name();

	/** What the reader may take into the library now, newest first, at most {@code limit}. */
	List<Offer> offers(RasdPrincipal reader, int limit);

	/** The document of an offer, printed now; empty when it is unknown or no longer offered to this reader. */
	Optional<Document> document(String key, RasdPrincipal reader);

	/**
	 * A document the library may take.
	 *
	 * @param key its id within the source
	 * @param title its title in Arabic and English
	 * @param date the day it is of (the end of the period, the last publication)
	 */
	record Offer(String key, LocalizedText title, LocalDate date) {
	}

	/**
	 * A printed document and the facts of its library entry.
	 *
	 * @param kind the library kind by name: {@code POLL_REPORT}, {@code RESEARCH_REPORT}, {@code POSITION_PAPER}...
	 * @param slug a proposed address, lower-case Latin letters, digits and hyphens
	 * @param title the title in Arabic and English
	 * @param authors the authors as cited
	 * @param issuedOn the date of issue
	 * @param language {@code ar} or {@code en}: the language it is printed in
	 * @param sectorCode the sector it is about, or {@code null}
	 * @param governorates the PCBS codes of the governorates it covers (empty: all)
	 * @param summary an abstract in Arabic and English, or {@code null}
	 * @param links the pages within Rasd it draws on, e.g. {@code /opinion-polls/services-2026}
	 * @param pdf the PDF
	 */
	record Document(String kind, String slug, LocalizedText title, String authors, LocalDate issuedOn, String language,
			String sectorCode, List<String> governorates, LocalizedText summary, List<String> links, byte[] pdf) {
	}
}
