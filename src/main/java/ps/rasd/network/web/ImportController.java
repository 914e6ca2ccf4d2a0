package ps.rasd.network.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.network.ImportReport;
import ps.rasd.network.PeopleImport;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.MadeFiles;

/**
 * Import of people in three steps: upload a file, map its columns to fields, read the validation report (all or
 * nothing). The uploaded file waits where the application keeps its files ({@link MadeFiles}: the data folder's
 * {@code network-imports/} or the bucket, so the next step may reach another node), named by a random token tied to
 * the uploader, and is deleted once imported.
 */
@Controller
class ImportController {

	private final PeopleImport imports;

	private final GeographyManagement geography;

	private static final String FOLDER = "network-imports";

	private final MadeFiles files;

	ImportController(PeopleImport imports, GeographyManagement geography, MadeFiles files) {
		this.imports = imports;
		this.geography = geography;
		this.files = files;
	}

	@GetMapping("/network/import")
	String form(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		PeopleController.requireWriter(actor);
		return "network/import";
	}

	@PostMapping("/network/import")
	String upload(@RequestParam MultipartFile file, @AuthenticationPrincipal RasdPrincipal actor, Model model)
			throws IOException {
		PeopleController.requireWriter(actor);
		String token = actor.accountId() + "-" + UUID.randomUUID();
		Path target = files.workFolder(FOLDER).resolve(token);
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		try {
			var headers = imports.headers(target, actor);
			files.keep(FOLDER, target);
			model.addAttribute("token", token);
			model.addAttribute("headers", headers);
			model.addAttribute("fields", PeopleImport.FIELDS);
			model.addAttribute("guess", PeopleImport.guess(headers));
			model.addAttribute("governorates", geography.governorates());
			return "network/import-map";
		}
		catch (DomainException ex) {
			Files.deleteIfExists(target);
			model.addAttribute("problem", ex.code());
			return "network/import";
		}
	}

	@PostMapping("/network/import/{token}")
	String run(@PathVariable String token, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) throws IOException {
		PeopleController.requireWriter(actor);
		if (!token.matches("[0-9]+-[0-9a-f-]{36}") || !token.startsWith(actor.accountId() + "-")) {
			throw new NotFoundException("network.import.not-found");
		}
		Map<String, Integer> mapping = new HashMap<>();
		for (String field : PeopleImport.FIELDS) {
			String column = form.get("col-" + field);
			if (column != null && column.matches("[0-9]{1,4}")) {
				mapping.put(field, Integer.valueOf(column));
			}
		}
		ImportReport report;
		try {
			report = files.read(FOLDER, token, file -> imports.run(file, mapping, blank(form.get("governorate")), actor))
				.orElseThrow(() -> new NotFoundException("network.import.not-found"));
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex.code());
			return "network/import";
		}
		if (!report.refused()) {
			files.delete(FOLDER, token);
		}
		model.addAttribute("report", report);
		model.addAttribute("token", token);
		return "network/import-report";
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
