package ps.rasd.media;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.LibrarySource;
import ps.rasd.shared.spi.LibrarySource.Document;
import ps.rasd.shared.spi.LibrarySource.Offer;

/**
 * Documents Rasd prints, taken into the library in one step: a poll's published results, a periodic report (every
 * {@link LibrarySource}). Taking one makes a draft publication with the document's facts and its PDF (checked and
 * its text extracted like any upload), for the editor to review and publish. Editors only.
 */
@Service
public class LibraryImports {

	private static final int OFFERS = 10;

	private final List<LibrarySource> sources;

	private final LibraryManagement library;

	LibraryImports(List<LibrarySource> sources, LibraryManagement library) {
		this.sources = sources;
		this.library = library;
	}

	/** What each source offers the editor now, newest first (sources with nothing left out). */
	public List<SourceOffers> offers(RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		List<SourceOffers> all = new ArrayList<>();
		for (LibrarySource source : sources) {
			List<Offer> offers = source.offers(actor, OFFERS);
			if (!offers.isEmpty()) {
				all.add(new SourceOffers(source.name(), offers));
			}
		}
		return all;
	}

	/**
	 * Takes an offer into the library as a draft with its PDF; the address is the one proposed, numbered when taken.
	 * @throws NotFoundException {@code media.library.import.not-found} for an unknown source or offer
	 * @throws ps.rasd.shared.DomainException as {@link LibraryManagement#upload} for a PDF it refuses
	 */
	@Transactional
	public PublicationView take(String sourceName, String key, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		Document document = sources.stream().filter(s -> s.name().equals(sourceName)).findFirst()
			.flatMap(source -> source.document(key, actor))
			.orElseThrow(() -> new NotFoundException("media.library.import.not-found", key));
		String slug = document.slug();
		for (int n = 2; library.slugTaken(slug); n++) {
			slug = document.slug() + "-" + n;
		}
		String summaryAr = document.summary() == null ? "" : document.summary().ar();
		String summaryEn = document.summary() == null ? "" : document.summary().en();
		PublicationView made = library.create(new PublicationDraft(slug, PublicationKind.valueOf(document.kind()),
				document.title().ar(), document.title().en(), document.authors(), document.issuedOn(),
				document.language(), "", document.sectorCode(), String.join(", ", document.governorates()), summaryAr,
				summaryEn, String.join("\n", document.links())), false, actor);
		return library.upload(made.id(), new ByteArrayInputStream(document.pdf()), actor);
	}

	/** One source's offers: {@code source} names it ({@code polls}, {@code reports}). */
	public record SourceOffers(String source, List<Offer> offers) {
	}
}
