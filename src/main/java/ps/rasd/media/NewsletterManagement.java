package ps.rasd.media;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import ps.rasd.media.domain.Issue;
import ps.rasd.media.domain.IssueRepository;
import ps.rasd.media.domain.Subscriber;
import ps.rasd.media.domain.SubscriberRepository;
import ps.rasd.media.internal.IssueBlocks;
import ps.rasd.media.internal.IssueRenderer;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;

/**
 * The newsletter. Anyone subscribes (double opt-in: a confirmation mail, then a click) and leaves in one click
 * (RFC 8058). Editors ({@link ps.rasd.shared.access.ReadRules#EDITORIAL}) compose issues from blocks and send them:
 * one bulk mail per active subscriber through the mail outbox, in chunks, behind every other mail; addresses that
 * keep failing, or that an editor reports as bounced, are suppressed. Subscribers' addresses are never shown to
 * anyone but editors' counts.
 */
@Service
@Transactional(readOnly = true)
public class NewsletterManagement {

	/** The kind of the issue mails in the outbox. */
	public static final String MAIL_KIND = "media.newsletter";

	private static final int CHUNK = 500;

	private static final int RENDERINGS_KEPT = 64;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SubscriberRepository subscribers;

	private final IssueRepository issues;

	private final MailOutbox outbox;

	private final IssueRenderer renderer;

	private final IssueBlocks blocks;

	private final MessageSource messages;

	private final MediaProperties properties;

	private final String baseUrl;

	private final TransactionTemplate chunks;

	private final Clock clock;

	NewsletterManagement(SubscriberRepository subscribers, IssueRepository issues, MailOutbox outbox,
			IssueRenderer renderer, IssueBlocks blocks, MessageSource messages,
			MediaProperties properties, RasdProperties rasd, PlatformTransactionManager transactions, Clock clock) {
		this.subscribers = subscribers;
		this.issues = issues;
		this.outbox = outbox;
		this.renderer = renderer;
		this.blocks = blocks;
		this.messages = messages;
		this.properties = properties;
		this.baseUrl = rasd.baseUrl();
		this.chunks = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Asks to subscribe: a confirmation mail goes to the address (again, with a new link, if it was pending or had
	 * left). An address already subscribed, or suppressed, gets nothing; the answer is the same, so that nobody
	 * learns from it who subscribes.
	 * @throws DomainException {@code media.newsletter.address-invalid}
	 */
	@Transactional
	public void subscribe(String email, String language, String topics, String governorates) {
		String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (!address.matches("[^@\\s]{1,64}@[^@\\s.][^@\\s]*\\.[^@\\s.]{2,}") || address.length() > 254) {
			throw new DomainException("media.newsletter.address-invalid");
		}
		String lang = "en".equals(language) ? "en" : "ar";
		Subscriber subscriber = subscribers.findByEmail(address).orElse(null);
		if (subscriber != null && (subscriber.getStatus() == SubscriberStatus.ACTIVE
				|| subscriber.getStatus() == SubscriberStatus.SUPPRESSED)) {
			return;
		}
		if (subscriber == null) {
			subscriber = subscribers.save(new Subscriber(address, lang, trim(topics, 500), trim(governorates, 200),
					token(), clock.instant()));
		}
		else {
			subscriber.ask(lang, trim(topics, 500), trim(governorates, 200), token());
		}
		Locale locale = Locale.forLanguageTag(lang);
		String link = baseUrl + "/newsletter/confirm/" + subscriber.getToken();
		outbox.queue(new OutgoingMail(address, messages.getMessage("media.mail.confirm-subject", null, locale),
				messages.getMessage("media.mail.confirm-text", new Object[] { link }, locale), null,
				"media.newsletter.confirm", null));
	}

	/** Confirms a subscription from the link of the confirmation mail. @return whether it is now active */
	@Transactional
	public boolean confirm(String token) {
		return subscribers.findByToken(token).map(s -> s.confirm(clock.instant())).orElse(false);
	}

	/** Leaves in one click; idempotent. @return whether the token names a subscriber */
	@Transactional
	public boolean unsubscribe(String token, Long issueId) {
		Optional<Subscriber> subscriber = subscribers.findByToken(token);
		subscriber.ifPresent(s -> s.leave(SubscriberStatus.UNSUBSCRIBED, "UNSUBSCRIBED", issueId, clock.instant()));
		return subscriber.isPresent();
	}

	/** How many subscribers there are of each status. Editors only. */
	public Map<SubscriberStatus, Long> subscriberCounts(RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		Map<SubscriberStatus, Long> counts = new java.util.EnumMap<>(SubscriberStatus.class);
		for (SubscriberStatus status : SubscriberStatus.values()) {
			counts.put(status, subscribers.countByStatus(status));
		}
		return counts;
	}

	/**
	 * Suppresses the addresses whose newsletter mails failed at least {@code rasd.media.suppress-after-failures}
	 * times, or that an editor reports as bounced (pasted from the bounce mailbox).
	 * @return how many were suppressed
	 */
	@Transactional
	public int suppress(List<String> bounced, Long issueId, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		int count = 0;
		List<String> failing = outbox.failingRecipients(MAIL_KIND, properties.suppressAfterFailures());
		for (Subscriber s : subscribers.findByEmailIn(failing)) {
			count += leave(s, "FAILED", issueId);
		}
		List<String> reported = bounced.stream().map(e -> e.strip().toLowerCase(Locale.ROOT))
			.filter(e -> !e.isEmpty()).toList();
		for (Subscriber s : subscribers.findByEmailIn(reported)) {
			count += leave(s, "BOUNCED", issueId);
		}
		return count;
	}

	/** Starts an issue. */
	@Transactional
	public IssueView createIssue(String subjectAr, String subjectEn, boolean demo, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		if (subjectAr == null || subjectAr.isBlank() || subjectAr.length() > 300
				|| (subjectEn != null && subjectEn.length() > 300)) {
			throw new DomainException("media.issue.subject-required");
		}
		return view(issues.save(new Issue(issues.lastNumber() + 1, subjectAr, subjectEn, demo, clock.instant())));
	}

	/** Adds a block at the end. @throws ps.rasd.shared.ConflictException {@code media.issue.not-draft} */
	@Transactional
	public IssueView addBlock(long id, BlockKind kind, String bodyAr, String bodyEn, RasdPrincipal actor) {
		Issue issue = editable(id, actor);
		if (kind == BlockKind.TEXT && (bodyAr == null || bodyAr.isBlank())) {
			throw new DomainException("media.issue.text-required");
		}
		issue.add(kind, bodyAr, bodyEn);
		return view(issues.saveAndFlush(issue));
	}

	/** Removes a block. */
	@Transactional
	public IssueView removeBlock(long id, int position, RasdPrincipal actor) {
		Issue issue = editable(id, actor);
		issue.remove(position);
		return view(issue);
	}

	/** An issue for its editor, its list blocks filled as they would be sent now. */
	public IssueView forEditor(long id, RasdPrincipal actor) {
		return filled(view(editable(id, actor)));
	}

	/** Every issue, newest first. Editors only. */
	public List<IssueView> allIssues(RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return issues.findAllByOrderByNumberDesc().stream().map(this::view).toList();
	}

	/** The archive: sent issues, newest first. */
	public List<IssueView> archive() {
		List<IssueView> sent = new ArrayList<>();
		issues.findByStatusOrderByNumberDesc(IssueStatus.SENT).forEach(i -> sent.add(view(i)));
		return sent;
	}

	/** A sent issue's web version. */
	public Optional<IssueView> sent(int number) {
		return issues.findByNumber(number).filter(i -> i.getStatus() != IssueStatus.DRAFT).map(this::view);
	}

	/** What became of an issue's mails. Editors only. */
	public IssueCounts counts(long id, RasdPrincipal actor) {
		Issue issue = editable(id, actor);
		Map<String, Long> mails = outbox.countsFor(reference(issue));
		return new IssueCounts(issue.getRecipients(), mails.get("SENT"), mails.get("FAILED"),
				mails.get("PENDING") + mails.get("SENDING"), subscribers.countLeft(id, "UNSUBSCRIBED"),
				subscribers.countLeft(id, "FAILED") + subscribers.countLeft(id, "BOUNCED"));
	}

	/**
	 * Sends the issue: freezes its blocks, then queues one bulk mail per active subscriber, {@value #CHUNK} per
	 * transaction (an issue whose sending stopped halfway resumes after the last subscriber queued). The outbox sends
	 * them behind every other mail, at its bulk rate.
	 * @return how many mails were queued by this call
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int send(long id, RasdPrincipal actor) {
		IssueView frozen = chunks.execute(tx -> {
			Issue issue = editable(id, actor);
			if (issue.getStatus() == IssueStatus.DRAFT) {
				IssueView now = filled(view(issue));
				issue.startSending(now.blocks().stream().map(b -> new String[] { b.bodyAr(), b.bodyEn() }).toList(),
						clock.instant());
			}
			return view(issue);
		});
		if (frozen.status() == IssueStatus.SENT) {
			return 0;
		}
		// rendered once per language and choice of governorates and sectors; the few most recent kept
		Map<String, String[]> parts = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
				return size() > RENDERINGS_KEPT;
			}
		};
		int total = 0;
		while (true) {
			Integer queued = chunks.execute(tx -> queueChunk(id, frozen, parts));
			if (queued == null || queued == 0) {
				break;
			}
			total += queued;
		}
		chunks.executeWithoutResult(tx -> issues.findById(id).orElseThrow().finished());
		return total;
	}

	private int queueChunk(long id, IssueView frozen, Map<String, String[]> parts) {
		Issue issue = issues.findById(id).orElseThrow();
		List<Subscriber> next = subscribers.activeAfter(issue.getQueuedUpTo(), PageRequest.of(0, CHUNK));
		List<OutgoingMail> mails = new ArrayList<>(next.size());
		for (Subscriber s : next) {
			String[] part = parts.computeIfAbsent(s.getLanguage() + '|' + s.getGovernorates() + '|' + s.getTopics(),
					key -> parts(blocks.forReader(frozen, codes(s.getGovernorates()), codes(s.getTopics())),
							Locale.forLanguageTag(s.getLanguage())));
			String unsubscribe = baseUrl + "/newsletter/unsubscribe/" + s.getToken() + "?issue=" + id;
			mails.add(new OutgoingMail(s.getEmail(), part[0], part[1].replace(IssueRenderer.UNSUBSCRIBE, unsubscribe),
					part[2].replace(IssueRenderer.UNSUBSCRIBE, HtmlUtils.htmlEscape(unsubscribe)), MAIL_KIND,
					reference(issue), Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post",
							"List-Unsubscribe=One-Click", "List-Id", "<newsletter." + host() + ">"),
					true));
		}
		outbox.queueAll(mails);
		if (!next.isEmpty()) {
			issue.queued(next.get(next.size() - 1).getId(), next.size());
		}
		return next.size();
	}

	private String[] parts(IssueView issue, Locale locale) {
		return new String[] { issue.subject(locale), renderer.text(issue, locale), renderer.html(issue, locale) };
	}

	/** List blocks filled with what they would show if the issue were sent now. */
	private IssueView filled(IssueView issue) {
		if (issue.status() != IssueStatus.DRAFT) {
			return issue;
		}
		return new IssueView(issue.id(), issue.number(), issue.subjectAr(), issue.subjectEn(), issue.status(),
				issue.sentAt(), issue.recipients(), issue.demo(), issue.blocks().stream().map(blocks::fill).toList());
	}

	private int leave(Subscriber s, String reason, Long issueId) {
		if (s.getStatus() == SubscriberStatus.SUPPRESSED || s.getStatus() == SubscriberStatus.UNSUBSCRIBED) {
			return 0;
		}
		s.leave(SubscriberStatus.SUPPRESSED, reason, issueId, clock.instant());
		return 1;
	}

	private Issue editable(long id, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return issues.findById(id).orElseThrow(() -> new NotFoundException("media.issue.not-found", id));
	}

	private IssueView view(Issue issue) {
		return new IssueView(issue.getId(), issue.getNumber(), issue.getSubjectAr(), issue.getSubjectEn(),
				issue.getStatus(), issue.getSentAt(), issue.getRecipients(), issue.isDemo(),
				issue.getBlocks().stream()
					.map(b -> new IssueView.Block(b.getPosition(), b.getKind(), b.getBodyAr(), b.getBodyEn()))
					.toList());
	}

	private static String reference(Issue issue) {
		return "newsletter-" + issue.getNumber();
	}

	private String host() {
		return baseUrl.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
	}

	/** The codes of a subscriber's choice, e.g. {@code 01,05} (spaces and commas between them). */
	static Set<String> codes(String list) {
		if (list == null || list.isBlank()) {
			return Set.of();
		}
		return Set.copyOf(Arrays.asList(list.strip().split("[\\s,،]+")));
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String trim(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}
}
