package ps.rasd.cases.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import ps.rasd.cases.CaseFollowUps;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseReplies;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.SimilarCases;
import ps.rasd.cases.internal.PublicPhotos;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.spi.PersonNames;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.Tier;

/**
 * A case's page as the staff read it: the case, its timeline, the actions open to the person, replies, follow-up
 * checks, files, similar cases, the suggested unit and the proposed public copy. The controllers of the case's forms
 * show it again, with the problem, when a form is refused.
 */
@Component
class CasePage {

	private final CaseQueue queue;

	private final CaseWorkflow workflow;

	private final CaseReplies replies;

	private final CaseFollowUps followUps;

	private final SimilarCases similar;

	private final CasePublication publication;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final EvidenceManagement evidence;

	private final PublicPhotos photos;

	private final Clock clock;

	private final PersonNames people;

	CasePage(CaseQueue queue, CaseWorkflow workflow, CaseReplies replies, CaseFollowUps followUps,
			SimilarCases similar, CasePublication publication, RegistryManagement registry,
			GeographyManagement geography, EvidenceManagement evidence, PublicPhotos photos, PersonNames people,
			Clock clock) {
		this.people = people;
		this.queue = queue;
		this.workflow = workflow;
		this.replies = replies;
		this.followUps = followUps;
		this.similar = similar;
		this.publication = publication;
		this.registry = registry;
		this.geography = geography;
		this.evidence = evidence;
		this.photos = photos;
		this.clock = clock;
	}

	/** Fills the model of the case page and names its template. */
	String render(String ref, RasdPrincipal actor, Model model) {
		CaseSummary summary = queue.byReference(ref, actor);
		model.addAttribute("summary", summary);
		model.addAttribute("timeline", queue.timeline(ref, actor));
		model.addAttribute("actions", workflow.actions(ref, actor));
		model.addAttribute("now", clock.instant());
		model.addAttribute("governorateNames", governorateNames());
		model.addAttribute("sectorNames", sectorNames());
		model.addAttribute("authorities", registry.authorities());
		model.addAttribute("authorityNames", authorityNames());
		if (summary.facilityId() != null) {
			model.addAttribute("facility", registry.facility(summary.facilityId()));
		}
		if (summary.placeId() != null) {
			geography.place(summary.placeId()).ifPresent(p -> model.addAttribute("place", p));
		}
		boolean manages = actor.manages(summary.governorateCode());
		model.addAttribute("manages", manages);
		model.addAttribute("replies", replies.replies(ref, actor));
		var assigned = followUps.followUps(ref, actor);
		model.addAttribute("followUps", assigned);
		model.addAttribute("monitorNames", people.names(assigned.stream().map(f -> f.monitorId()).toList()));
		// a reader of the redacted copy (a partner) sees no file but the public-safe photos
		boolean full = queue.sight(ref, actor) == Sight.FULL;
		model.addAttribute("files", full ? evidence.filesOf("case", summary.reference()) : List.of());
		model.addAttribute("publicPhotos", photos.marked(summary.id()));
		if (manages) {
			staffParts(ref, summary, actor, model);
		}
		if (summary.duplicateOfId() != null) {
			model.addAttribute("original", queue.get(summary.duplicateOfId()));
		}
		model.addAttribute("duplicates", queue.duplicatesOf(summary.id()));
		return "cases/view";
	}

	private void staffParts(String ref, CaseSummary summary, RasdPrincipal actor, Model model) {
		model.addAttribute("similar", summary.status().isOpen() ? similar.similar(ref, actor) : List.of());
		workflow.suggestedAuthority(summary).ifPresent(a -> model.addAttribute("suggested", a));
		model.addAttribute("monitors", summary.status() == CaseStatus.RESOLVED ? followUps.monitorsFor(ref, actor)
				: List.of());
		model.addAttribute("tiers", Tier.values());
		if (!model.containsAttribute("publicTitle")) {
			var proposal = publication.proposePublicCopy(ref, actor);
			model.addAttribute("publicTitle", summary.publicTitle() != null ? summary.publicTitle()
					: proposal.title());
			model.addAttribute("publicStory", summary.publicStory() != null ? summary.publicStory()
					: proposal.story());
			model.addAttribute("removed", summary.publicStory() != null ? List.of() : proposal.removed());
		}
	}

	/** The town, village or camp of an id. */
	Optional<PlaceSummary> place(long id) {
		return geography.place(id);
	}

	Map<String, LocalizedText> governorateNames() {
		return geography.governorates().stream()
			.collect(Collectors.toMap(GovernorateSummary::code, GovernorateSummary::name));
	}

	Map<String, LocalizedText> sectorNames() {
		return registry.sectors().stream().collect(Collectors.toMap(SectorSummary::code, SectorSummary::name));
	}

	Map<Long, LocalizedText> authorityNames() {
		return registry.authorities().stream().collect(Collectors.toMap(AuthoritySummary::id, AuthoritySummary::name));
	}
}
