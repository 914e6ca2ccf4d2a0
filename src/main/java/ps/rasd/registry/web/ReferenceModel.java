package ps.rasd.registry.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;

/** What the registry's pages show names from: governorates, sectors and facility types, as lists and by code. */
@Component
class ReferenceModel {

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	ReferenceModel(RegistryManagement registry, GeographyManagement geography) {
		this.registry = registry;
		this.geography = geography;
	}

	void addTo(Model model) {
		var governorates = geography.governorates();
		var sectors = registry.sectors();
		model.addAttribute("governorates", governorates);
		model.addAttribute("governorateByCode",
				governorates.stream().collect(Collectors.toMap(GovernorateSummary::code, Function.identity())));
		model.addAttribute("sectors", sectors);
		model.addAttribute("sectorByCode",
				sectors.stream().collect(Collectors.toMap(SectorSummary::code, Function.identity())));
		model.addAttribute("types", registry.facilityTypes());
	}
}
