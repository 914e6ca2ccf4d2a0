package ps.rasd.advocacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.advocacy.domain.CampaignStore;
import ps.rasd.advocacy.domain.PartnerStore;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.OrganisationId;
import ps.rasd.network.PersonId;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.access.SqlScope;

/**
 * Campaigns: a goal, the instruments, services, bodies and decision makers they target, asks, a timeline of
 * milestones, the partner organisations, and the outcomes with their sources. The advocacy team
 * ({@link ReadRules#ADVOCACY}) writes; a published campaign has a public page.
 */
@Service
@Transactional(readOnly = true)
public class CampaignManagement {

	private final CampaignStore campaigns;

	private final PartnerStore partners;

	private final AdvocacyManagement tracker;

	private final RegistryManagement registry;

	private final NetworkManagement network;

	private final AuditTrail audit;

	private final Clock clock;

	CampaignManagement(CampaignStore campaigns, PartnerStore partners, AdvocacyManagement tracker,
			RegistryManagement registry, NetworkManagement network, AuditTrail audit, Clock clock) {
		this.audit = audit;
		this.campaigns = campaigns;
		this.partners = partners;
		this.tracker = tracker;
		this.registry = registry;
		this.network = network;
		this.clock = clock;
	}

	/**
	 * Starts a campaign (a draft), owned by its author.
	 * @throws ps.rasd.shared.ForbiddenException {@code advocacy.forbidden}
	 * @throws ConflictException {@code advocacy.campaign.slug-taken}
	 */
	@Transactional
	public CampaignView create(CampaignDraft draft, boolean demo, RasdPrincipal actor) {
		AdvocacyManagement.requireAdvocate(actor);
		if (campaigns.slugTaken(draft.slug())) {
			throw new ConflictException("advocacy.campaign.slug-taken", draft.slug());
		}
		Long owner = actor.accountId() > 0 ? actor.accountId() : null;
		return campaigns.byId(campaigns.insert(draft, owner, demo, clock.instant())).orElseThrow();
	}

	/** Changes its facts. @throws ConflictException {@code advocacy.campaign.stale}, {@code ...slug-taken} */
	@Transactional
	public CampaignView describe(long id, long version, CampaignDraft draft, RasdPrincipal actor) {
		CampaignView now = forStaff(id, actor);
		if (!now.slug().equals(draft.slug()) && campaigns.slugTaken(draft.slug())) {
			throw new ConflictException("advocacy.campaign.slug-taken", draft.slug());
		}
		if (!campaigns.update(id, version, draft, clock.instant())) {
			throw new ConflictException("advocacy.campaign.stale", id);
		}
		return forStaff(id, actor);
	}

	/** Puts its page on the public site (or takes it off). */
	@Transactional
	public CampaignView publish(long id, boolean published, RasdPrincipal actor) {
		forStaff(id, actor);
		campaigns.publish(id, published, clock.instant());
		return forStaff(id, actor);
	}

	/**
	 * Adds a target: an instrument tracked, a service sector, a body or a decision maker, checked to exist.
	 * @throws NotFoundException when the record named does not exist
	 */
	@Transactional
	public void target(long id, TargetKind kind, String ref, RasdPrincipal actor) {
		forStaff(id, actor);
		String r = ref == null ? "" : ref.strip();
		switch (kind) {
			case INSTRUMENT -> tracker.forStaff(number(r), actor);
			case SECTOR -> registry.sector(r);
			case AUTHORITY -> registry.authority(number(r));
			case PERSON -> network.person(new PersonId(number(r)), actor);
		}
		campaigns.addTarget(id, kind, r);
	}

	/** Removes a target. */
	@Transactional
	public void untarget(long id, long targetId, RasdPrincipal actor) {
		forStaff(id, actor);
		campaigns.removeTarget(id, targetId);
	}

	/** Adds a milestone. @throws InvalidInputException {@code advocacy.milestone.invalid} */
	@Transactional
	public void addMilestone(long id, String title, LocalDate due, RasdPrincipal actor) {
		forStaff(id, actor);
		Map<String, String> errors = new LinkedHashMap<>();
		if (title == null || title.isBlank() || title.length() > 400) {
			errors.put("title", "advocacy.milestone.title");
		}
		if (due == null) {
			errors.put("dueOn", "advocacy.date.required");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("advocacy.milestone.invalid", errors);
		}
		campaigns.addMilestone(id, title.strip(), due);
	}

	/** Marks a milestone reached today (or not reached, with {@code done} false). */
	@Transactional
	public void completeMilestone(long id, long milestoneId, boolean done, RasdPrincipal actor) {
		forStaff(id, actor);
		campaigns.completeMilestone(id, milestoneId, done ? LocalDate.ofInstant(clock.instant(), AccessFacts.ZONE) : null);
	}

	/** Records an outcome with its source. @throws InvalidInputException {@code advocacy.outcome.invalid} */
	@Transactional
	public void addOutcome(long id, OutcomeKind kind, String text, String source, LocalDate on, RasdPrincipal actor) {
		CampaignView campaign = forStaff(id, actor);
		checkOutcome(kind, text, source, on);
		campaigns.addOutcome(id, kind, text.strip(), source.strip(), on);
		audit.record("advocacy.outcome.added", "advocacy-campaign", id, campaign.governorateCode(), kind.name());
	}

	/**
	 * Corrects an outcome.
	 * @throws InvalidInputException {@code advocacy.outcome.invalid}
	 * @throws NotFoundException {@code advocacy.outcome.not-found}
	 */
	@Transactional
	public void changeOutcome(long id, long outcomeId, OutcomeKind kind, String text, String source, LocalDate on,
			RasdPrincipal actor) {
		CampaignView campaign = forStaff(id, actor);
		checkOutcome(kind, text, source, on);
		if (!campaigns.updateOutcome(id, outcomeId, kind, text.strip(), source.strip(), on)) {
			throw new NotFoundException("advocacy.outcome.not-found", outcomeId);
		}
		audit.record("advocacy.outcome.changed", "advocacy-campaign", id, campaign.governorateCode(),
				"outcome=" + outcomeId + " " + kind.name());
	}

	/** Deletes an outcome. @throws NotFoundException {@code advocacy.outcome.not-found} */
	@Transactional
	public void deleteOutcome(long id, long outcomeId, RasdPrincipal actor) {
		CampaignView campaign = forStaff(id, actor);
		if (!campaigns.deleteOutcome(id, outcomeId)) {
			throw new NotFoundException("advocacy.outcome.not-found", outcomeId);
		}
		audit.record("advocacy.outcome.deleted", "advocacy-campaign", id, campaign.governorateCode(),
				"outcome=" + outcomeId);
	}

	private void checkOutcome(OutcomeKind kind, String text, String source, LocalDate on) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (kind == null) {
			errors.put("kind", "advocacy.required");
		}
		if (text == null || text.isBlank() || text.length() > 2000) {
			errors.put("text", "advocacy.required");
		}
		if (source == null || source.isBlank() || source.length() > 1000) {
			errors.put("source", "advocacy.source.required");
		}
		if (on == null || on.isAfter(LocalDate.ofInstant(clock.instant(), AccessFacts.ZONE))) {
			errors.put("onDate", "advocacy.date.past");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("advocacy.outcome.invalid", errors);
		}
	}

	/** A partner organisation joins the campaign. */
	@Transactional
	public void signOn(long id, long organisationId, RasdPrincipal actor) {
		forStaff(id, actor);
		network.organisation(new OrganisationId(organisationId));
		partners.add("campaign", id, organisationId);
	}

	/** A partner organisation leaves the campaign. */
	@Transactional
	public void signOff(long id, long organisationId, RasdPrincipal actor) {
		forStaff(id, actor);
		partners.remove("campaign", id, organisationId);
	}

	/** A campaign for the advocacy team. @throws NotFoundException {@code advocacy.campaign.not-found} */
	public CampaignView forStaff(long id, RasdPrincipal actor) {
		AdvocacyManagement.requireAdvocate(actor);
		return campaigns.byId(id).orElseThrow(() -> new NotFoundException("advocacy.campaign.not-found", id));
	}

	/** A campaign as this person may read it: the team reads drafts too. */
	public Optional<CampaignView> readable(String slug, RasdPrincipal viewer) {
		return campaigns.bySlug(slug).filter(c -> sight(c, viewer) != Sight.NONE);
	}

	/** Whether this person reads the campaign in full (the team). */
	public boolean readsInFull(CampaignView campaign, RasdPrincipal viewer) {
		return sight(campaign, viewer) == Sight.FULL;
	}

	/** The campaigns this person reads, the latest first. */
	public List<CampaignView> list(RasdPrincipal viewer) {
		var scope = SqlScope.where(ReadRules.ADVOCACY.any(Reader.of(viewer), clock.instant()), AdvocacyManagement.FIELDS);
		return campaigns.list(scope, 200);
	}

	/** The campaigns this person reads that target an instrument. */
	public List<CampaignView> targeting(long instrumentId, RasdPrincipal viewer) {
		List<CampaignView> result = new ArrayList<>();
		for (long id : campaigns.targeting(TargetKind.INSTRUMENT, String.valueOf(instrumentId))) {
			campaigns.byId(id).filter(c -> sight(c, viewer) != Sight.NONE).ifPresent(result::add);
		}
		return result;
	}

	/**
	 * The targets with the names this person may see: on public pages an unpublished instrument and a decision
	 * maker who did not agree to be public are left out.
	 */
	public List<Target> targets(long id, RasdPrincipal viewer, Locale locale) {
		boolean team = AdvocacyManagement.advocates(viewer);
		List<Target> result = new ArrayList<>();
		for (CampaignStore.TargetRow t : campaigns.targets(id)) {
			Target target = label(t, viewer, team, locale);
			if (target != null) {
				result.add(target);
			}
		}
		return result;
	}

	/** The timeline, earliest first. */
	public List<Milestone> milestones(long id) {
		return campaigns.milestones(id);
	}

	/** The outcomes, earliest first. */
	public List<Outcome> outcomes(long id) {
		return campaigns.outcomes(id);
	}

	/** The partner organisations. */
	public List<Partner> partners(long id) {
		return tracker.partnersOf(partners.of("campaign", id));
	}

	private Target label(CampaignStore.TargetRow t, RasdPrincipal viewer, boolean team, Locale locale) {
		try {
			return switch (t.kind()) {
				case INSTRUMENT -> tracker.byIds(List.of(number(t.ref()))).stream()
					.filter(i -> team || i.published())
					.map(i -> new Target(t.id(), t.kind(), t.ref(), i.title(locale),
							team ? "/advocacy/laws/" + i.id() : i.path()))
					.findFirst().orElse(null);
				case SECTOR -> new Target(t.id(), t.kind(), t.ref(), registry.sector(t.ref()).name().in(locale),
						"/sectors/" + t.ref());
				case AUTHORITY -> new Target(t.id(), t.kind(), t.ref(),
						registry.authority(number(t.ref())).name().in(locale), "/authorities/" + t.ref());
				case PERSON -> {
					var person = network.person(new PersonId(number(t.ref())), viewer);
					yield new Target(t.id(), t.kind(), t.ref(), person.name(),
							team ? "/network/people/" + t.ref() : null);
				}
			};
		}
		catch (NotFoundException | ps.rasd.shared.ForbiddenException ex) {
			return team ? new Target(t.id(), t.kind(), t.ref(), null, null) : null;
		}
	}

	private Sight sight(CampaignView c, RasdPrincipal viewer) {
		return ReadRules.ADVOCACY.sight(Reader.of(viewer), AdvocacyManagement.facts(c.published(), c.publishedAt()),
				clock.instant());
	}

	static long number(String ref) {
		if (ref == null || !ref.strip().matches("\\d{1,18}")) {
			throw new DomainException("advocacy.target.invalid", ref);
		}
		return Long.parseLong(ref.strip());
	}
}
