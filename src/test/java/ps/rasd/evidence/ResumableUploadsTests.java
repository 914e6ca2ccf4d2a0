package ps.rasd.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.ConflictException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.MovableClock;
import ps.rasd.support.Principals;

/** Resumable uploads wait a day for their next piece, then are erased with their bytes. */
@SpringBootTest(properties = "rasd.test.context=cases")
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
@Transactional
class ResumableUploadsTests {

	@Autowired
	ResumableUploads uploads;

	@Autowired
	MovableClock clock;

	@Test
	void anUploadNobodyGoesOnWithIsErasedAfterADayAndOneThatMovesIsKept() {
		RasdPrincipal actor = Principals.admin();
		var abandoned = uploads.start(10, "a.jpg", actor);
		var moving = uploads.start(10, "b.jpg", actor);
		clock.advance(Duration.ofHours(20));
		uploads.append(moving.id(), 0, new ByteArrayInputStream(new byte[4]), actor);
		clock.advance(Duration.ofHours(5));

		assertThat(uploads.removeExpired()).isEqualTo(1);
		assertThat(uploads.progress(abandoned.id(), actor)).isEmpty();
		assertThat(uploads.progress(moving.id(), actor)).hasValueSatisfying(p -> assertThat(p.offset()).isEqualTo(4));
		assertThatThrownBy(() -> uploads.open(moving.id(), actor)).isInstanceOf(ConflictException.class);
	}
}
