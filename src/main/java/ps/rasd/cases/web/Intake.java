package ps.rasd.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.Filed;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/** What the public and the staff complaint forms share: the choices shown, the place by name, the photo. */
@Component
class Intake {

	private final CaseIntake cases;

	private final GeographyManagement geography;

	private final RegistryManagement registry;

	Intake(CaseIntake cases, GeographyManagement geography, RegistryManagement registry) {
		this.cases = cases;
		this.geography = geography;
		this.registry = registry;
	}

	/** The choices of the form. */
	void choices(Model model, CaseForm form) {
		if (form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank()) {
			form.setIdempotencyKey(UUID.randomUUID().toString());
		}
		model.addAttribute("form", form);
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("sectors", registry.sectors());
		if (form.getFacilityId() != null) {
			try {
				model.addAttribute("facility", registry.facility(form.getFacilityId()));
			}
			catch (DomainException ex) {
				form.setFacilityId(null);
			}
		}
	}

	/**
	 * Files the case and takes the photo. Returns {@code null} with the errors in the binding result when the form
	 * must be shown again.
	 */
	Result file(CaseForm form, MultipartFile photo, CaseSource source, RasdPrincipal actor, Locale locale,
			BindingResult errors) {
		return file(form, photo == null || photo.isEmpty() ? null : photo::getInputStream, source, actor, locale,
				errors);
	}

	/** The photo of a complaint, opened only when the case is filed clean. */
	@FunctionalInterface
	interface Photo {

		InputStream open() throws IOException;
	}

	/**
	 * Files the case and takes the photo from wherever it waits (the request, or a finished resumable upload).
	 * @param photo the photo, or {@code null} for none
	 */
	Result file(CaseForm form, Photo photo, CaseSource source, RasdPrincipal actor, Locale locale,
			BindingResult errors) {
		if (errors.hasErrors()) {
			return null;
		}
		Long placeId = null;
		if (form.getPlace() != null && !form.getPlace().isBlank() && form.getGovernorateCode() != null
				&& !form.getGovernorateCode().isBlank()) {
			placeId = geography.resolvePlace(form.getGovernorateCode(), form.getPlace()).map(PlaceSummary::id)
				.orElse(null);
			if (placeId == null) {
				errors.rejectValue("place", "cases.place.unknown");
			}
		}
		// an unknown place is reported with the other fields' errors; the photo is taken only with a case filed clean
		boolean withPhoto = !errors.hasErrors() && photo != null;
		Filed filed;
		try (InputStream content = withPhoto ? photo.open() : null) {
			filed = cases.file(form.toNewCase(placeId), form.toReporter(locale.getLanguage()), source,
					form.getIdempotencyKey(), actor, content);
		}
		catch (InvalidInputException ex) {
			CaseForm.reject(ex, errors);
			return null;
		}
		catch (IOException ex) {
			// the photo could not be read: the complaint is filed without it and the person is told
			filed = cases.file(form.toNewCase(placeId), form.toReporter(locale.getLanguage()), source,
					form.getIdempotencyKey(), actor);
			return errors.hasErrors() ? null : new Result(filed, "evidence.damaged");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Result(filed, filed.photoProblem());
	}

	/**
	 * @param filed the case
	 * @param photoProblem the message code when the photo was refused, {@code null} otherwise
	 */
	record Result(Filed filed, String photoProblem) {
	}
}
