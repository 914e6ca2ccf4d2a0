package ps.rasd.freedoms;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.freedoms.domain.TermEntry;
import ps.rasd.freedoms.domain.TermRepository;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;

/**
 * The editable vocabularies (event types, act types, rights, professions, perpetrator types, source types): anyone
 * reads the labels; administrators add entries and change labels and HURIDOCS mappings, never codes.
 */
@Service
@Transactional
public class FreedomsVocabularies {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final TermRepository terms;

	private final AuditTrail audit;

	FreedomsVocabularies(TermRepository terms, AuditTrail audit) {
		this.terms = terms;
		this.audit = audit;
	}

	/** The entries of one vocabulary, in order (inactive ones too). */
	@Transactional(readOnly = true)
	public List<Term> terms(TermKind kind) {
		return terms.findByKindOrderByPositionAscIdAsc(kind).stream().map(TermEntry::toTerm).toList();
	}

	/** Every vocabulary's labels by code, for pages and exports. */
	@Transactional(readOnly = true)
	public Map<TermKind, Map<String, LocalizedText>> labels() {
		Map<TermKind, Map<String, LocalizedText>> all = new EnumMap<>(TermKind.class);
		for (TermKind kind : TermKind.values()) {
			all.put(kind, new LinkedHashMap<>());
		}
		terms.findAllByOrderByKindAscPositionAscIdAsc()
			.forEach(t -> all.get(t.toTerm().kind()).put(t.toTerm().code(), t.toTerm().label()));
		return all;
	}

	/**
	 * Adds an entry (administrators).
	 * @throws InvalidInputException {@code freedoms.term.invalid} for a bad code or no Arabic label
	 * @throws ConflictException {@code freedoms.term.exists} for a code already used in the vocabulary
	 */
	public Term add(TermKind kind, String code, LocalizedText label, String huridocsCode, RasdPrincipal actor) {
		requireAdmin(actor);
		String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!CODE.matcher(clean).matches()) {
			errors.put("code", "freedoms.term.code-invalid");
		}
		if (label == null || label.ar() == null || label.ar().isBlank()) {
			errors.put("labelAr", "freedoms.term.label-required");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("freedoms.term.invalid", errors);
		}
		if (terms.findByKindAndCode(kind, clean).isPresent()) {
			throw new ConflictException("freedoms.term.exists", clean);
		}
		int position = terms.findByKindOrderByPositionAscIdAsc(kind).size() + 1;
		Term added = terms.save(new TermEntry(kind, clean, label, huridocsCode, position)).toTerm();
		audit.record("freedoms.term-added", "freedoms-term", kind + ":" + clean, null, null);
		return added;
	}

	/** Changes an entry's labels, mapping and whether it is offered (administrators). */
	public Term relabel(long id, LocalizedText label, String huridocsCode, boolean active, RasdPrincipal actor) {
		requireAdmin(actor);
		if (label == null || label.ar() == null || label.ar().isBlank()) {
			throw new InvalidInputException("freedoms.term.invalid", Map.of("labelAr", "freedoms.term.label-required"));
		}
		TermEntry entry = terms.findById(id).orElseThrow(() -> new NotFoundException("freedoms.term.not-found"));
		entry.relabel(label, huridocsCode, active);
		audit.record("freedoms.term-changed", "freedoms-term", id, null, null);
		return entry.toTerm();
	}

	/** Seeds an entry when missing (start-up and demo; no actor). */
	public void seed(TermKind kind, String code, String arabic, String english, String huridocsCode) {
		if (terms.findByKindAndCode(kind, code).isEmpty()) {
			int position = terms.findByKindOrderByPositionAscIdAsc(kind).size() + 1;
			terms.save(new TermEntry(kind, code, new LocalizedText(arabic, english), huridocsCode, position));
		}
	}

	private static void requireAdmin(RasdPrincipal actor) {
		if (!Reader.of(actor).is(Role.ADMIN)) {
			throw new ForbiddenException("freedoms.forbidden");
		}
	}
}
