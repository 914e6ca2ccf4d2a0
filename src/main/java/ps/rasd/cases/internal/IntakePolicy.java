package ps.rasd.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import ps.rasd.shared.EmailAddress;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Reader;
import ps.rasd.cases.NewCase;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.cases.domain.CaseDraft;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * What a new case must be: a title and a story of bounded length, a known governorate (one the person works in,
 * unless they are an administrator or a partner), a known sector, a facility and a place inside it, a point inside
 * Palestine, and a reporter's contacts that look like contacts. A facility gives its governorate, sector, place and
 * point. Who may file: the public, and signed-in monitors, coordinators, partners and administrators.
 */
@Component
public class IntakePolicy {

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	IntakePolicy(RegistryManagement registry, GeographyManagement geography) {
		this.registry = registry;
		this.geography = geography;
	}

	/**
	 * Checks that the person may file at all (the public, with {@code null}, may).
	 * @throws ForbiddenException {@code cases.forbidden}
	 */
	public void requireMayFile(RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		if (actor != null && !(reader.is(Role.ADMIN) || reader.is(Role.COORDINATOR) || reader.is(Role.MONITOR)
				|| reader.is(Role.PARTNER))) {
			throw new ForbiddenException("cases.forbidden");
		}
	}

	/**
	 * The draft of a new case.
	 * @throws InvalidInputException naming each missing or wrong field
	 */
	public CaseDraft check(NewCase input, ReporterDetails reporter, RasdPrincipal actor) {
		Map<String, String> errors = new LinkedHashMap<>();
		String title = blank(input.title());
		String description = blank(input.description());
		if (title == null) {
			errors.put("title", "cases.field.required");
		}
		else if (title.length() > 200) {
			errors.put("title", "cases.field.too-long");
		}
		if (description == null) {
			errors.put("description", "cases.field.required");
		}
		else if (description.length() > 8000) {
			errors.put("description", "cases.field.too-long");
		}
		String governorate = blank(input.governorateCode());
		String sector = blank(input.sectorCode());
		Long place = input.placeId();
		Double latitude = input.latitude();
		Double longitude = input.longitude();
		if (input.facilityId() != null) {
			try {
				FacilitySummary facility = registry.facility(input.facilityId());
				if (governorate != null && !governorate.equals(facility.governorateCode())) {
					errors.put("facilityId", "cases.facility.elsewhere");
				}
				governorate = facility.governorateCode();
				sector = facility.sectorCode();
				place = place == null ? facility.placeId() : place;
				if (latitude == null && longitude == null) {
					latitude = facility.latitude();
					longitude = facility.longitude();
				}
			}
			catch (NotFoundException ex) {
				errors.put("facilityId", "cases.facility.unknown");
			}
		}
		if (governorate == null) {
			errors.put("governorateCode", "cases.field.required");
		}
		else if (geography.governorate(governorate).isEmpty()) {
			errors.put("governorateCode", "cases.governorate.unknown");
		}
		else if (actor != null && !actor.isAdmin() && !actor.reader().is(Role.PARTNER) && !actor.worksIn(governorate)) {
			errors.put("governorateCode", "cases.governorate.out-of-scope");
		}
		if (sector == null) {
			errors.put("sectorCode", "cases.field.required");
		}
		else if (input.facilityId() == null && registry.sectors().stream().noneMatch(s -> s.code().equals(
				blank(input.sectorCode())))) {
			errors.put("sectorCode", "cases.sector.unknown");
		}
		String where = governorate;
		if (place != null && where != null
				&& geography.place(place).filter(p -> p.governorateCode().equals(where)).isEmpty()) {
			errors.put("placeId", "cases.place.outside");
		}
		if ((latitude == null) != (longitude == null) || (latitude != null
				&& (latitude < 29 || latitude > 34 || longitude < 33 || longitude > 37))) {
			errors.put("latitude", "cases.location.invalid");
		}
		checkReporter(reporter, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("cases.case.invalid", errors);
		}
		return new CaseDraft(title, description, governorate, place, input.facilityId(), sector, latitude, longitude,
				null, null);
	}

	private static void checkReporter(ReporterDetails reporter, Map<String, String> errors) {
		if (reporter == null) {
			return;
		}
		if (!EmailAddress.isAbsentOrValid(reporter.email())) {
			errors.put("email", "cases.reporter.email-invalid");
		}
		if (reporter.phone() != null && !reporter.phone().matches("[+0-9 ()-]{6,20}")) {
			errors.put("phone", "cases.reporter.phone-invalid");
		}
		if (reporter.name() != null && reporter.name().length() > 200) {
			errors.put("name", "cases.field.too-long");
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
