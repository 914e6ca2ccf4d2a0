package ps.rasd.freedoms;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;

/**
 * A documenter's export of chosen events for a partner legal-aid organisation (CSV, UTF-8 with BOM): one row per
 * victim, with or without the sealed identities (without them, the narrative is redacted). Sealed fields go out only for a source-consented naming and only
 * to the documenters of the governorate (and administrators); every export is audited with the events it held, the
 * organisation and whether sealed fields went out.
 */
@Service
@Transactional
public class FreedomsHandover {

	private static final List<String> HEADER = List.of("reference", "status", "date_from", "date_to",
			"governorate_code", "place", "event_type", "title", "narrative", "act_types", "perpetrator_types",
			"victim_id", "victim_kind", "victim_description", "sex", "age_group", "profession", "name", "id_number",
			"phone", "address");

	private final FreedomsManagement freedoms;

	private final FreedomsPublication publication;

	private final AuditTrail audit;

	FreedomsHandover(FreedomsManagement freedoms, FreedomsPublication publication, AuditTrail audit) {
		this.freedoms = freedoms;
		this.publication = publication;
		this.audit = audit;
	}

	/**
	 * The CSV of the chosen events.
	 * @throws InvalidInputException {@code freedoms.handover.invalid} without events or organisation
	 * @throws ForbiddenException for someone who is not a documenter or an administrator
	 */
	public byte[] export(Collection<String> references, String organisation, boolean withSealed,
			RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		if (!reader.is(Role.DOCUMENTER) && !reader.is(Role.ADMIN)) {
			throw new ForbiddenException("freedoms.forbidden");
		}
		if (references == null || references.isEmpty() || organisation == null || organisation.isBlank()) {
			throw new InvalidInputException("freedoms.handover.invalid",
					Map.of(references == null || references.isEmpty() ? "references" : "organisation",
							"freedoms.handover.required"));
		}
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(HEADER);
			for (String reference : references) {
				write(csv, reference, withSealed, actor);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String org = organisation.strip();
		for (String reference : references) {
			audit.record("freedoms.handover", FreedomsManagement.SUBJECT, reference, null, "organisation="
					+ (org.length() > 120 ? org.substring(0, 120) : org) + " sealed=" + withSealed + " events="
					+ references.size());
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void write(CSVPrinter csv, String reference, boolean withSealed, RasdPrincipal actor) throws IOException {
		EventView event = freedoms.event(reference, actor);
		Identities identities = withSealed ? freedoms.identities(reference, actor) : null;
		boolean named = event.sources().stream().anyMatch(EventView.Source::mayName);
		EventDetails d = event.details();
		// without sealed fields the narrative goes out redacted, names of the event's people removed
		String narrative = withSealed ? d.narrative() : publication.preview(reference, actor).narrative();
		String acts = String.join(";", event.acts().stream().map(EventView.Act::actType).toList());
		String perpetrators = String.join(";", event.acts().stream().flatMap(a -> a.perpetratorTypes().stream())
			.distinct().toList());
		List<EventView.Victim> victims = event.victims().isEmpty() ? java.util.Collections.singletonList(null)
				: event.victims();
		for (EventView.Victim v : victims) {
			SealedIdentity who = v == null || identities == null || !named ? SealedIdentity.NONE
					: identities.victims().getOrDefault(v.id(), SealedIdentity.NONE);
			csv.printRecord(reference, event.summary().status(), d.dateFrom(), d.dateTo(), d.governorateCode(),
					d.place(), d.eventType(), d.title(), narrative, acts, perpetrators, v == null ? null : v.id(),
					v == null ? null : v.kind(), v == null ? null : v.description(), v == null ? null : v.sex(),
					v == null ? null : v.ageGroup(), v == null ? null : v.profession(), who.name(), who.idNumber(),
					who.phone(), who.address());
		}
	}
}
