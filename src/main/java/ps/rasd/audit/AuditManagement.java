package ps.rasd.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.audit.domain.AuditEntry;
import ps.rasd.audit.domain.AuditEntryRepository;
import ps.rasd.shared.PageResult;

/** Reading and checking the audit log (administrators). Writing goes through {@link ps.rasd.shared.AuditTrail}. */
@Service
@Transactional(readOnly = true)
public class AuditManagement {

	private static final int BATCH = 1000;

	private static final String GENESIS = "0".repeat(64);

	private final AuditEntryRepository entries;

	AuditManagement(AuditEntryRepository entries) {
		this.entries = entries;
	}

	/** Entries matching the filters (each may be blank), newest first. */
	public PageResult<AuditEntrySummary> entries(String action, String subjectType, String subjectId,
			String actorName, int page, int size) {
		var result = entries.search(blank(action), blank(subjectType), blank(subjectId), blank(actorName),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "id")));
		return PageResult.of(result, AuditEntry::toSummary);
	}

	/** The action codes that occur in the log, in code order. */
	public List<String> actions() {
		return entries.actions();
	}

	/** The kinds of record that occur in the log, in code order. */
	public List<String> subjectTypes() {
		return entries.subjectTypes();
	}

	/** Who occurs in the log: account id → the actor name the log keeps (and filters by). */
	public Map<Long, String> actors() {
		Map<Long, String> actors = new LinkedHashMap<>();
		for (Object[] row : entries.actors()) {
			actors.put(((Number) row[0]).longValue(), (String) row[1]);
		}
		return actors;
	}

	/**
	 * Walks the whole chain in order and recomputes every hash: an entry changed, removed or inserted after the fact
	 * breaks it. Names the first broken entry.
	 */
	public ChainCheck verify() {
		String previous = GENESIS;
		long checked = 0;
		long after = 0;
		while (true) {
			List<AuditEntry> slice = entries.findByIdGreaterThanOrderByIdAsc(after, PageRequest.of(0, BATCH));
			for (AuditEntry entry : slice) {
				if (!entry.getPreviousHash().equals(previous) || !entry.getHash().equals(entry.computeHash())) {
					return new ChainCheck(checked, entry.getId());
				}
				previous = entry.getHash();
				checked++;
				after = entry.getId();
			}
			if (slice.size() < BATCH) {
				return new ChainCheck(checked, null);
			}
		}
	}

	/** Writes the entries matching the filters as CSV (UTF-8 with a byte-order mark), newest first. */
	public void export(String action, String subjectType, String subjectId, String actorName, Writer out) {
		try {
			out.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "at", "actor_id",
					"actor", "action", "subject_type", "subject_id", "governorate", "details", "hash").get());
			int page = 0;
			PageResult<AuditEntrySummary> result;
			do {
				result = entries(action, subjectType, subjectId, actorName, page++, 500);
				for (AuditEntrySummary e : result.items()) {
					printer.printRecord(e.id(), e.at(), e.actorId(), e.actorName(), e.action(), e.subjectType(),
							e.subjectId(), e.governorateCode(), e.details(), e.hash());
				}
			}
			while (result.hasNext());
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
