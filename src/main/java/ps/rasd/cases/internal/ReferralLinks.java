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
 * The signed links an authority answers a referral through: made with each referral, kept for later updates while the
 * case waits for the authority (each reply is recorded on the case), closed when it stops waiting (fixed, closed,
 * re-referred) or when it expires; each has a short code to type from the paper letter.
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

	/** The short code of the case's newest link still open and not expired, to print with the token's link. */
	public Optional<String> currentShortCode(long caseId) {
		return links.findByCaseIdAndUsedAtIsNull(caseId).stream()
			.filter(l -> l.getExpiresAt().isAfter(clock.instant()))
			.max(Comparator.comparing(ReplyLink::getId))
			.map(l -> signer.shortCode(l.getId()));
	}

	/**
	 * The token of the link a short code names (whether it is still open is checked when the token is opened).
	 * @throws DomainException {@code cases.link.invalid}
	 */
	public String tokenOfShortCode(String code) {
		long id = signer.verifyShortCode(code).orElseThrow(() -> new DomainException("cases.link.invalid"));
		ReplyLink link = links.findById(id).orElseThrow(() -> new DomainException("cases.link.invalid"));
		return signer.sign(link.getId(), link.getExpiresAt().getEpochSecond());
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

	/** Uses up a link. */
	public void use(ReplyLink link) {
		link.use(clock.instant());
	}
}
