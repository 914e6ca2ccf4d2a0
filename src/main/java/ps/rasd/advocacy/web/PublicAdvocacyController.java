package ps.rasd.advocacy.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.CampaignView;
import ps.rasd.advocacy.Commitments;
import ps.rasd.advocacy.EvidenceBase;
import ps.rasd.advocacy.InstrumentQuery;
import ps.rasd.advocacy.InstrumentView;
import ps.rasd.advocacy.Stance;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;

/**
 * The public pages of advocacy: the list of laws and policies (filtered by sector, stage and position), a page per
 * instrument, and a page per published campaign with its evidence (only what is public now) and, where the campaign
 * chose, its commitments scorecard.
 */
@Controller
class PublicAdvocacyController {

	private static final int PAGE_SIZE = 20;

	private final AdvocacyManagement tracker;

	private final CampaignManagement campaigns;

	private final EvidenceBase evidence;

	private final Commitments commitments;

	private final RegistryManagement registry;

	private final EvidenceManagement files;

	PublicAdvocacyController(AdvocacyManagement tracker, CampaignManagement campaigns, EvidenceBase evidence,
			Commitments commitments, RegistryManagement registry, EvidenceManagement files) {
		this.tracker = tracker;
		this.campaigns = campaigns;
		this.evidence = evidence;
		this.commitments = commitments;
		this.registry = registry;
		this.files = files;
	}

	@GetMapping("/laws")
	String laws(@RequestParam(required = false) String sector, @RequestParam(required = false) String stage,
			@RequestParam(required = false) Stance stance, @RequestParam(defaultValue = "0") int page, Model model) {
		InstrumentQuery query = new InstrumentQuery(sector, stage, stance, null);
		model.addAttribute("query", query);
		model.addAttribute("result", tracker.list(query, null, page, PAGE_SIZE));
		model.addAttribute("stances", Stance.values());
		Names.add(model, tracker, registry);
		model.addAttribute("campaigns", campaigns.list(null));
		model.addAttribute("pagePrefix", PageLinks.prefix("/laws", "sector", sector, "stage", stage, "stance",
				stance == null ? null : stance.name()));
		return "advocacy/laws";
	}

	@GetMapping("/laws/{slug}")
	String law(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer, Model model) {
		InstrumentView i = tracker.readable(slug, viewer)
			.orElseThrow(() -> new NotFoundException("advocacy.instrument.not-found", slug));
		model.addAttribute("instrument", i);
		model.addAttribute("stages", tracker.stages(i.id()));
		model.addAttribute("partners", tracker.partners(i.id()));
		Names.add(model, tracker, registry);
		model.addAttribute("authority", i.authorityId() == null ? null : registry.authority(i.authorityId()));
		model.addAttribute("campaigns", campaigns.targeting(i.id(), viewer));
		return "advocacy/law";
	}

	@GetMapping("/laws/{slug}/text.pdf")
	ResponseEntity<Resource> text(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer)
			throws IOException {
		InstrumentView i = tracker.readable(slug, viewer).filter(v -> v.fileId() != null)
			.orElseThrow(() -> new NotFoundException("advocacy.instrument.not-found", slug));
		try (InputStream in = files.openPublished(i.fileId(), AdvocacyManagement.TYPE)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(slug + ".pdf", StandardCharsets.UTF_8).build().toString())
				.body(new ByteArrayResource(in.readAllBytes()));
		}
	}

	@GetMapping("/campaigns/{slug}")
	String campaign(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer, Locale locale,
			Model model) {
		CampaignView c = campaigns.readable(slug, viewer)
			.orElseThrow(() -> new NotFoundException("advocacy.campaign.not-found", slug));
		// the public page shows what the public reads, also to the team (who see the rest on the desk)
		model.addAttribute("campaign", c);
		model.addAttribute("targets", campaigns.targets(c.id(), null, locale));
		model.addAttribute("milestones", campaigns.milestones(c.id()));
		model.addAttribute("outcomes", campaigns.outcomes(c.id()));
		model.addAttribute("partners", campaigns.partners(c.id()));
		model.addAttribute("evidence", evidence.evidence(c.id(), null, locale));
		model.addAttribute("scorecard", c.published() ? commitments.scorecard(c, null, locale) : java.util.List.of());
		return "advocacy/campaign";
	}
}
