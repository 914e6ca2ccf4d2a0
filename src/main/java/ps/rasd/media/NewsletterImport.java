package ps.rasd.media;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.media.domain.Subscriber;
import ps.rasd.media.domain.SubscriberRepository;
import ps.rasd.network.GroupSummary;
import ps.rasd.network.PersonSummary;
import ps.rasd.network.Segments;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.RasdPrincipal;

/**
 * Newsletter subscribers from {@code network}: an editor picks a group or segment, and its people who consented to
 * the newsletter (their recorded consent names {@value #CONSENT}) and have an e-mail address the editor may read
 * become confirmed subscribers, recorded as coming from that group. Nobody without that consent is added; an
 * address that left (unsubscribed or suppressed) is never brought back; an address already subscribed is left as
 * it is. Recorded in the audit log with the counts, never the addresses.
 */
@Service
@Transactional(readOnly = true)
public class NewsletterImport {

	/** The word in a person's consent scope that means they agreed to receive the newsletter. */
	public static final String CONSENT = "newsletter";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Segments segments;

	private final SubscriberRepository subscribers;

	private final AuditTrail audit;

	private final Clock clock;

	NewsletterImport(Segments segments, SubscriberRepository subscribers, AuditTrail audit, Clock clock) {
		this.segments = segments;
		this.subscribers = subscribers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What happened to a group's people.
	 *
	 * @param added new confirmed subscribers
	 * @param activated subscribers who had not confirmed yet and are now confirmed by their recorded consent
	 * @param already already subscribed
	 * @param left who had left the newsletter, and stay out
	 * @param noConsent people without the newsletter in their consent, or without an address the editor may read
	 */
	public record Result(int added, int activated, int already, int left, int noConsent) {
	}

	/** The groups and segments an editor may pick from, with the number of people in each they may read. */
	public List<GroupSummary> groups(RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return segments.groups(actor);
	}

	/**
	 * Adds a group's consenting people as confirmed subscribers (again, to pick up newcomers: it changes nothing for
	 * those already in).
	 * @throws ps.rasd.shared.ForbiddenException {@code media.forbidden} for anyone but editors
	 * @throws ps.rasd.shared.NotFoundException {@code network.group.not-found}
	 */
	@Transactional
	public Result fromGroup(long groupId, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		List<PersonSummary> people = new ArrayList<>();
		segments.forEachMember(groupId, actor, people::add);
		int added = 0;
		int activated = 0;
		int already = 0;
		int left = 0;
		int noConsent = 0;
		for (PersonSummary person : people) {
			String email = consentingAddress(person);
			if (email == null) {
				noConsent++;
				continue;
			}
			Subscriber subscriber = subscribers.findByEmail(email).orElse(null);
			if (subscriber == null) {
				subscriber = new Subscriber(email, language(person), null, null, token(), clock.instant());
				subscriber.confirmFrom("network-group:" + groupId, clock.instant());
				subscribers.save(subscriber);
				added++;
			}
			else if (subscriber.getStatus() == SubscriberStatus.PENDING) {
				subscriber.confirmFrom("network-group:" + groupId, clock.instant());
				activated++;
			}
			else if (subscriber.getStatus() == SubscriberStatus.ACTIVE) {
				already++;
			}
			else {
				left++;
			}
		}
		Result result = new Result(added, activated, already, left, noConsent);
		audit.record("media.newsletter.group-imported", "group", groupId, null,
				"added=" + added + " activated=" + activated + " already=" + already + " left=" + left
						+ " no-consent=" + noConsent);
		return result;
	}

	/** The address of a person who consented to the newsletter, as the editor sees it, or {@code null}. */
	static String consentingAddress(PersonSummary person) {
		if (person.erased() || person.consentAt() == null || person.consentScope() == null
				|| person.details() == null || person.details().email() == null) {
			return null;
		}
		boolean consented = List.of(person.consentScope().toLowerCase(Locale.ROOT).split("[\\s,;]+")).contains(CONSENT);
		String email = person.details().email().strip().toLowerCase(Locale.ROOT);
		return consented && email.matches("[^@\\s]{1,64}@[^@\\s.][^@\\s]*\\.[^@\\s.]{2,}") && email.length() <= 254
				? email : null;
	}

	private static String language(PersonSummary person) {
		String languages = person.details().languages();
		boolean arabic = languages == null || languages.isBlank()
				|| languages.toLowerCase(Locale.ROOT).matches(".*(arab|عرب).*");
		return arabic ? "ar" : "en";
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
