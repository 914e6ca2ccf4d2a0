package ps.rasd.forms.rest;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.VersionStatus;
import ps.rasd.shared.NotFoundException;

/** Published form definitions as JSON, for clients that fill visits. Drafts are not served. */
@RestController
@RequestMapping(path = "/api/v1/forms", produces = MediaType.APPLICATION_JSON_VALUE)
class FormRestController {

	private final FormsManagement forms;

	FormRestController(FormsManagement forms) {
		this.forms = forms;
	}

	/** The versions that can be answered now, optionally for one sector. */
	@GetMapping
	List<FormVersionSummary> answerable(@RequestParam(required = false) String sector) {
		return forms.answerable(sector);
	}

	/** A published or retired version by id (what a visit answered). */
	@GetMapping("/{versionId}")
	FormVersionSummary version(@PathVariable long versionId) {
		FormVersionSummary version = forms.version(versionId);
		if (version.status() == VersionStatus.DRAFT) {
			throw new NotFoundException("forms.version.not-found");
		}
		return version;
	}
}
