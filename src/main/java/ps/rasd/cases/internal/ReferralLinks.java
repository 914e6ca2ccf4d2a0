package ps.rasd.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ps.rasd.cases.CasesProperties;
import ps.rasd.cases.domain.ReplyLink;
import ps.rasd.cases.domain.ReplyLinkRepository;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;

/**
 * The signed links an authority answers a referral through: made with each referral, revoked when the case stops
 * waiting for the authority, used up by a reply and then renewed with the same expiry while the case still waits.
 */
@Component
public class ReferralLinks {

	private final ReplyLinkRepository links;

	private final LinkSigner signer;

	private final CasesProperties properties;

	private final Clock clock;

	ReferralLinks(ReplyLinkRepository links, LinkSigner signer, CasesProperties properties, Clock clock) {
		this.links = links;
		this.signer = signer;
		this.properties = properties;
		this.clock = clock;
	}

	/** Revokes the case's open links and makes one for a referral due at {@code due}; returns its id. */
	public long open(long caseId, long authorityId, Instant due, Instant now) {
		revokeOpen(caseId, now);
		Instant expires = due.plus(Duration.ofDays(properties.replyLinkDays()));
		return links.save(new ReplyLink(caseId, authorityId, now, expires)).getId();
	}

	/** Revokes the case's open links (the case no longer waits for the authority). */
	public void revokeOpen(long caseId, Instant now) {
		links.findByCaseIdAndUsedAtIsNull(caseId).forEach(l -> l.revoke(now));
	}

	/** The token of a link. */
	public String token(long linkId) {
		ReplyLink link = links.findById(linkId).orElseThrow(() -> new NotFoundException("cases.link.invalid"));
		return signer.sign(link.getId(), link.getExpiresAt().getEpochSecond());
	}

	/** The token of the case's newest link still open and not expired. */
	public Optional<String> currentToken(long caseId) {
		return links.findByCaseIdAndUsedAtIsNull(caseId).stream()
			.filter(l -> l.getExpiresAt().isAfter(clock.instant()))
			.max(Comparator.comparing(ReplyLink::getId))
			.map(l -> signer.sign(l.getId(), l.getExpiresAt().getEpochSecond()));
	}

	/** The case's newest open link. */
	public Optional<Long> openLinkId(long caseId) {
		return links.findByCaseIdAndUsedAtIsNull(caseId).stream().map(ReplyLink::getId).max(Long::compare);
	}

	/**
	 * The link a token opens.
	 * @throws DomainException {@code cases.link.invalid} (malformed or tampered), {@code cases.link.expired},
	 *         {@code cases.link.used}
	 */
	public ReplyLink verify(String token) {
		long[] parts = signer.verify(token).orElseThrow(() -> new DomainException("cases.link.invalid"));
		ReplyLink link = links.findById(parts[0]).orElseThrow(() -> new DomainException("cases.link.invalid"));
		if (link.getExpiresAt().getEpochSecond() != parts[1]) {
			throw new DomainException("cases.link.invalid");
		}
		if (link.getUsedAt() != null) {
			throw new DomainException("cases.link.used");
		}
		if (!clock.instant().isBefore(link.getExpiresAt())) {
			throw new DomainException("cases.link.expired");
		}
		return link;
	}

	/** Uses up a link and makes a fresh one with the same expiry; returns its id. */
	public long useAndRenew(ReplyLink link) {
		link.use(clock.instant());
		return links.save(new ReplyLink(link.getCaseId(), link.getAuthorityId(), clock.instant(), link.getExpiresAt()))
			.getId();
	}

	/** Uses up a link. */
	public void use(ReplyLink link) {
		link.use(clock.instant());
	}
}
