package ps.rasd.advocacy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.advocacy.Term;
import ps.rasd.advocacy.TermList;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;

/** The names pages show for codes: kinds, stages and sectors. */
final class Names {

	private Names() {
	}

	static void add(Model model, AdvocacyManagement tracker, RegistryManagement registry) {
		List<Term> kinds = tracker.terms(TermList.KIND);
		List<Term> stages = tracker.terms(TermList.STAGE);
		model.addAttribute("kinds", kinds);
		model.addAttribute("stageTerms", stages);
		model.addAttribute("kindNames", names(kinds));
		model.addAttribute("stageNames", names(stages));
		var sectors = registry.sectors();
		model.addAttribute("sectors", sectors);
		Map<String, LocalizedText> sectorNames = new LinkedHashMap<>();
		sectors.forEach(s -> sectorNames.put(s.code(), s.name()));
		model.addAttribute("sectorNames", sectorNames);
	}

	private static Map<String, LocalizedText> names(List<Term> terms) {
		Map<String, LocalizedText> map = new LinkedHashMap<>();
		terms.forEach(t -> map.put(t.code(), t.name()));
		return map;
	}
}
