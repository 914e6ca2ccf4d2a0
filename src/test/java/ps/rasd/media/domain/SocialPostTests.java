package ps.rasd.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ps.rasd.media.PlannedPost;
import ps.rasd.media.PostStatus;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;

class SocialPostTests {

	private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	private static PlannedPost idea(String text) {
		return new PlannedPost(LocalDate.of(2026, 12, 10), "x", "ar", "publication:water-2026", "", text);
	}

	@Test
	void movesOneStepForwardAtATimeAndIsPostedOnlyWithItsAddress() {
		SocialPost post = new SocialPost(idea("دراسة المياه"), NOW);
		assertThat(post.getStatus()).isEqualTo(PostStatus.IDEA);
		assertThatThrownBy(() -> post.move(PostStatus.APPROVED, null, NOW)).isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("code", "media.calendar.bad-move");

		post.move(PostStatus.DRAFTED, null, NOW);
		post.move(PostStatus.APPROVED, null, NOW);
		assertThatThrownBy(() -> post.move(PostStatus.POSTED, "x.com/rasd/status/1", NOW))
			.isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "media.calendar.url-needed");
		post.move(PostStatus.POSTED, " https://x.com/rasd/status/1 ", NOW);

		assertThat(post.view().postUrl()).isEqualTo("https://x.com/rasd/status/1");
		assertThat(post.view().record()).isEqualTo("publication:water-2026");
		assertThatThrownBy(() -> post.move(PostStatus.DRAFTED, null, NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> post.edit(idea("نص آخر"), NOW)).isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("code", "media.calendar.posted");
	}

	@Test
	void aChangedApprovedTextIsADraftAgainAndMayGoBack() {
		SocialPost post = new SocialPost(idea("دراسة المياه"), NOW);
		post.move(PostStatus.DRAFTED, null, NOW);
		post.move(PostStatus.APPROVED, null, NOW);

		post.edit(idea("دراسة المياه"), NOW);
		assertThat(post.getStatus()).isEqualTo(PostStatus.APPROVED);
		post.edit(idea("دراسة المياه في المخيمات"), NOW);
		assertThat(post.getStatus()).isEqualTo(PostStatus.DRAFTED);

		post.move(PostStatus.IDEA, null, NOW);
		assertThat(post.getStatus()).isEqualTo(PostStatus.IDEA);
	}
}
