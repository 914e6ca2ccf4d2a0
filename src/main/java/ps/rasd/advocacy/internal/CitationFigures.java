package ps.rasd.advocacy.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import ps.rasd.advocacy.Figure;
import ps.rasd.advocacy.domain.CitationStore;
import ps.rasd.shared.WarmUp;

/**
 * Rewrites the citations kept as text only (cited before figures were kept as data) once, after start: each text that
 * can be read back gets its figure as data, so it is no longer parsed every time it is shown and it is shown in each
 * reader's language and digits. A text that cannot be read stays as it is and is shown as written.
 */
@Component
public class CitationFigures {

	private static final Logger log = LoggerFactory.getLogger(CitationFigures.class);

	private static final int BATCH = 500;

	private final CitationStore citations;

	private final FigureText figures;

	private final boolean command;

	CitationFigures(CitationStore citations, FigureText figures, Environment environment) {
		this.citations = citations;
		this.figures = figures;
		this.command = environment.matchesProfiles("command");
	}

	@EventListener(ApplicationReadyEvent.class)
	void rewriteWhenReady() {
		if (command) {
			return;
		}
		WarmUp.inBackground("rasd-citation-figures", () -> {
			try {
				int kept = rewrite();
				if (kept > 0) {
					log.info("{} citations kept as text now keep their figure as data", kept);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Citations kept as text could not be rewritten: {}", ex.toString());
			}
		});
	}

	/** Keeps as data the figure of every citation whose text can be read back; answers how many. */
	public int rewrite() {
		int kept = 0;
		long after = 0;
		List<CitationStore.Row> rows;
		do {
			rows = citations.textOnly(after, BATCH);
			for (CitationStore.Row row : rows) {
				after = row.id();
				Optional<Figure> figure = figures.legacy(row.kind(), row.value());
				if (figure.isPresent()) {
					citations.keepFigure(row.id(), figure.get().json());
					kept++;
				}
			}
		}
		while (rows.size() == BATCH);
		return kept;
	}
}
