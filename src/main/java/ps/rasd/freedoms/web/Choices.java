package ps.rasd.freedoms.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import ps.rasd.freedoms.AgeGroup;
import ps.rasd.freedoms.Confidence;
import ps.rasd.freedoms.EventStatus;
import ps.rasd.freedoms.FreedomsVocabularies;
import ps.rasd.freedoms.InterventionKind;
import ps.rasd.freedoms.Reliability;
import ps.rasd.freedoms.Risk;
import ps.rasd.freedoms.Sex;
import ps.rasd.freedoms.TermKind;
import ps.rasd.freedoms.VictimKind;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;

/** What the freedoms pages offer to choose from, and the errors of the facade put beside their fields. */
@Component
class Choices {

	private final FreedomsVocabularies vocabularies;

	private final GeographyManagement geography;

	Choices(FreedomsVocabularies vocabularies, GeographyManagement geography) {
		this.vocabularies = vocabularies;
		this.geography = geography;
	}

	void add(Model model) {
		Map<String, Map<String, LocalizedText>> labels = new java.util.HashMap<>();
		vocabularies.labels().forEach((kind, entries) -> labels.put(kind.name(), entries));
		model.addAttribute("terms", labels);
		model.addAttribute("eventTypes", vocabularies.terms(TermKind.EVENT_TYPE).stream().filter(t -> t.active()).toList());
		model.addAttribute("actTypes", vocabularies.terms(TermKind.ACT_TYPE).stream().filter(t -> t.active()).toList());
		model.addAttribute("rightTerms", vocabularies.terms(TermKind.RIGHT).stream().filter(t -> t.active()).toList());
		model.addAttribute("professions", vocabularies.terms(TermKind.PROFESSION).stream().filter(t -> t.active()).toList());
		model.addAttribute("perpetratorTypes",
				vocabularies.terms(TermKind.PERPETRATOR_TYPE).stream().filter(t -> t.active()).toList());
		model.addAttribute("sourceTypes", vocabularies.terms(TermKind.SOURCE_TYPE).stream().filter(t -> t.active()).toList());
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("governorateNames", governorateNames());
		model.addAttribute("statuses", EventStatus.values());
		model.addAttribute("confidences", Confidence.values());
		model.addAttribute("risks", Risk.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("ageGroups", AgeGroup.values());
		model.addAttribute("victimKinds", VictimKind.values());
		model.addAttribute("reliabilities", Reliability.values());
		model.addAttribute("interventionKinds", InterventionKind.values());
	}

	Map<String, LocalizedText> governorateNames() {
		Map<String, LocalizedText> names = new java.util.LinkedHashMap<>();
		for (GovernorateSummary g : geography.governorates()) {
			names.put(g.code(), g.name());
		}
		return names;
	}

	List<GovernorateSummary> governorates() {
		return geography.governorates();
	}

	/** Puts each field error of the facade beside its field; errors of no field become global. */
	static void reject(InvalidInputException ex, BindingResult errors) {
		for (InvalidInputException.Field f : ex.fields()) {
			if (f.field() == null || f.field().isBlank()) {
				errors.reject(f.code());
			}
			else {
				errors.rejectValue(f.field(), f.code());
			}
		}
		if (ex.fields().isEmpty()) {
			errors.reject(ex.code());
		}
	}
}
