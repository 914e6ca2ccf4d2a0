package ps.rasd.media;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.media.ReachImport.BadRow;
import ps.rasd.media.domain.PostReachCsv;
import ps.rasd.media.domain.SocialPost;
import ps.rasd.media.domain.SocialPostRepository;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The content calendar of the social-media kit: posts planned per day and platform, moved idea → drafted → approved
 * → posted (by hand, with the post's address), and their reach entered or imported from the platform's CSV export.
 * Editors only ({@code media.forbidden}); every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ContentCalendar {

	private static final String SUBJECT = "social-post";

	private final SocialPostRepository posts;

	private final AuditTrail audit;

	private final Clock clock;

	ContentCalendar(SocialPostRepository posts, AuditTrail audit, Clock clock) {
		this.posts = posts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Plans a post (an idea). @throws DomainException {@code media.calendar.unknown-platform} */
	@Transactional
	public SocialPostView plan(PlannedPost post, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		requirePlatform(post.platform());
		SocialPost made = posts.saveAndFlush(new SocialPost(post, clock.instant()));
		audit.record("social-post.planned", SUBJECT, made.getId(), null, post.platform() + " " + post.plannedOn());
		return made.view();
	}

	/** Changes its day, platform or text. @throws ConflictException {@code media.calendar.stale}, {@code media.calendar.posted} */
	@Transactional
	public SocialPostView edit(long id, long version, PlannedPost post, RasdPrincipal actor) {
		SocialPost found = editable(id, actor);
		if (found.getVersion() != version) {
			throw new ConflictException("media.calendar.stale", id);
		}
		requirePlatform(post.platform());
		found.edit(post, clock.instant());
		audit.record("social-post.edited", SUBJECT, id, null, found.getStatus().name());
		return found.view();
	}

	/**
	 * Moves it to another step; {@code url} is the post's address when posted.
	 * @throws ConflictException {@code media.calendar.bad-move}
	 * @throws DomainException {@code media.calendar.url-needed}
	 */
	@Transactional
	public SocialPostView move(long id, PostStatus to, String url, RasdPrincipal actor) {
		SocialPost found = editable(id, actor);
		found.move(to, url, clock.instant());
		audit.record("social-post.moved", SUBJECT, id, null, to.name());
		return found.view();
	}

	/** Its reach, entered by hand (each figure may be {@code null}). */
	@Transactional
	public SocialPostView reach(long id, Long views, Long shares, Long audience, RasdPrincipal actor) {
		SocialPost found = editable(id, actor);
		found.reach(views, shares, audience, clock.instant());
		audit.record("social-post.reach", SUBJECT, id, null, null);
		return found.view();
	}

	/**
	 * Reads a platform's CSV export of posts and sets the reach of the posted posts of that platform: a row names
	 * its post by address, or else by day when exactly one post went out that day. Rows naming no post are reported.
	 * @throws DomainException {@code media.calendar.no-post-column}, {@code media.reach.no-figures-column},
	 * {@code media.reach.unreadable}
	 */
	@Transactional
	public ReachImport importReach(String platform, InputStream csv, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		requirePlatform(platform);
		PostReachCsv.Result read = PostReachCsv.read(new InputStreamReader(csv, StandardCharsets.UTF_8));
		List<SocialPost> posted = posts.findByPlatformAndStatus(platform, PostStatus.POSTED);
		List<BadRow> bad = new ArrayList<>(read.bad());
		int imported = 0;
		for (PostReachCsv.Row row : read.rows()) {
			Optional<SocialPost> post = match(posted, row);
			if (post.isEmpty()) {
				bad.add(new BadRow(row.line(), "media.calendar.no-such-post",
						row.link() != null ? row.link() : String.valueOf(row.day())));
				continue;
			}
			post.get().reach(row.views(), row.shares(), row.audience(), clock.instant());
			imported++;
		}
		audit.record("social-post.reach-imported", SUBJECT, platform, null, imported + " of " + read.rows().size());
		return new ReachImport(read.rows().size() + read.bad().size(), imported, bad);
	}

	/** One post. @throws NotFoundException {@code media.calendar.not-found} */
	public SocialPostView get(long id, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return posts.findById(id).map(SocialPost::view)
			.orElseThrow(() -> new NotFoundException("media.calendar.not-found", id));
	}

	/** The posts of a month, by day. */
	public List<SocialPostView> month(YearMonth month, RasdPrincipal actor) {
		return between(month.atDay(1), month.atEndOfMonth(), actor);
	}

	/** The posts planned between two days (both included), by day. */
	public List<SocialPostView> between(LocalDate from, LocalDate to, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return posts.findByPlannedOnBetweenOrderByPlannedOnAscIdAsc(from, to).stream().map(SocialPost::view).toList();
	}

	private static Optional<SocialPost> match(List<SocialPost> posted, PostReachCsv.Row row) {
		if (row.link() != null) {
			String link = PostReachCsv.comparable(row.link());
			Optional<SocialPost> byLink = posted.stream()
				.filter(p -> Objects.equals(PostReachCsv.comparable(p.getPostUrl()), link)).findFirst();
			if (byLink.isPresent() || row.day() == null) {
				return byLink;
			}
		}
		List<SocialPost> thatDay = posted.stream().filter(p -> p.getPlannedOn().equals(row.day())).toList();
		return thatDay.size() == 1 ? Optional.of(thatDay.get(0)) : Optional.empty();
	}

	private SocialPost editable(long id, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return posts.findById(id).orElseThrow(() -> new NotFoundException("media.calendar.not-found", id));
	}

	private static void requirePlatform(String platform) {
		if (PostText.PLATFORMS.stream().noneMatch(p -> p.code().equals(platform))) {
			throw new DomainException("media.calendar.unknown-platform", platform);
		}
	}
}
