package ps.rasd.media.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.media.PlannedPost;
import ps.rasd.media.PostStatus;
import ps.rasd.media.SocialPostView;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;

/**
 * A post of the content calendar. It moves idea → drafted → approved → posted one step at a time (back to any
 * earlier step until posted); a change of an approved text makes it a draft again (what was approved was the text);
 * it is posted only with the address of the post; a posted post is not changed any more, but its reach is.
 */
@Entity
@Table(name = "media_social_post")
public class SocialPost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate plannedOn;

	private String platform;

	private String language;

	private String recordType;

	private String recordKey;

	private String link;

	private String text;

	@Enumerated(EnumType.STRING)
	private PostStatus status;

	private String postUrl;

	private Instant postedAt;

	private Long views;

	private Long shares;

	private Long audience;

	private Instant updatedAt;

	@Version
	private long version;

	protected SocialPost() {
	}

	public SocialPost(PlannedPost post, Instant now) {
		this.status = PostStatus.IDEA;
		write(post, now);
	}

	/** @throws ConflictException {@code media.calendar.posted} once posted */
	public void edit(PlannedPost post, Instant now) {
		if (status == PostStatus.POSTED) {
			throw new ConflictException("media.calendar.posted", id);
		}
		if (status == PostStatus.APPROVED && !post.text().strip().equals(text)) {
			status = PostStatus.DRAFTED;
		}
		write(post, now);
	}

	/**
	 * Moves it to another step.
	 * @throws ConflictException {@code media.calendar.bad-move}
	 * @throws DomainException {@code media.calendar.url-needed} when posted without an address
	 */
	public void move(PostStatus to, String url, Instant now) {
		if (!status.movesTo(to)) {
			throw new ConflictException("media.calendar.bad-move", status, to);
		}
		if (to == PostStatus.POSTED) {
			if (url == null || !url.strip().matches("https://\\S{4,490}")) {
				throw new DomainException("media.calendar.url-needed");
			}
			postUrl = url.strip();
			postedAt = now;
		}
		status = to;
		updatedAt = now;
	}

	/** Its reach as the platform counts it (each may be {@code null}: not known). */
	public void reach(Long views, Long shares, Long audience, Instant now) {
		this.views = views;
		this.shares = shares;
		this.audience = audience;
		updatedAt = now;
	}

	private void write(PlannedPost post, Instant now) {
		plannedOn = post.plannedOn();
		platform = post.platform();
		language = post.language();
		String record = post.record() == null ? "" : post.record().strip();
		int colon = record.indexOf(':');
		recordType = colon > 0 ? record.substring(0, colon) : null;
		recordKey = colon > 0 ? record.substring(colon + 1) : null;
		link = post.link() == null || post.link().isBlank() ? null : post.link().strip();
		text = post.text().strip();
		updatedAt = now;
	}

	public SocialPostView view() {
		return new SocialPostView(id == null ? 0 : id, plannedOn, platform, language,
				recordType == null ? null : recordType + ":" + recordKey, link, text, status, postUrl, postedAt, views,
				shares, audience, updatedAt, version);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getPlatform() {
		return platform;
	}

	public PostStatus getStatus() {
		return status;
	}

	public String getPostUrl() {
		return postUrl;
	}

	public LocalDate getPlannedOn() {
		return plannedOn;
	}
}
