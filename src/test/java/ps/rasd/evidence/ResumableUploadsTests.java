package ps.rasd.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.domain.ResumableUploadRepository;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.spi.MadeFiles;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.MovableClock;
import ps.rasd.support.Principals;

/**
 * Resumable uploads wait a day for their next piece, then are erased with their bytes; their pieces are kept in the
 * file store with the bytes received in the row, so that any node takes the next piece: one node at a time, and a
 * node that died mid-piece leaves the upload to another once its claim lapses.
 */
@SpringBootTest(properties = "rasd.test.context=cases")
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
@Transactional
class ResumableUploadsTests {

	@Autowired
	ResumableUploads uploads;

	@Autowired
	MovableClock clock;

	@Autowired
	ResumableUploadRepository rows;

	@Autowired
	MadeFiles files;

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

	@Test
	void piecesAreKeptInTheFileStoreOneNodeAtATimeAndTheFileIsReadWhole() throws Exception {
		RasdPrincipal actor = Principals.admin();
		byte[] bytes = "بيانات الصورة كاملة".getBytes(StandardCharsets.UTF_8);
		var upload = uploads.start(bytes.length, "c.jpg", actor);
		uploads.append(upload.id(), 0, new ByteArrayInputStream(bytes, 0, 10), actor);
		assertThat(files.names("uploads")).filteredOn(name -> name.startsWith(upload.id()))
			.as("the piece is a file of the store, named by its bytes").containsExactly(upload.id()
					+ ".000000000000.000000000010");

		// another node is receiving a piece of it: this one answers busy
		assertThat(rows.claim(upload.id(), clock.instant(), clock.instant().plus(Duration.ofMinutes(10)))).isOne();
		assertThatThrownBy(() -> uploads.append(upload.id(), 10, new ByteArrayInputStream(bytes, 10, 5), actor))
			.isInstanceOf(ConflictException.class)
			.satisfies(ex -> assertThat(((ConflictException) ex).code()).isEqualTo("evidence.upload.busy"));
		// ... and dies: its claim lapses and the piece is sent again, here
		clock.advance(Duration.ofMinutes(11));
		assertThat(uploads.append(upload.id(), 10, new ByteArrayInputStream(bytes, 10, 5), actor).offset())
			.isEqualTo(15);
		assertThatThrownBy(() -> uploads.append(upload.id(), 10, new ByteArrayInputStream(bytes, 10, 5), actor))
			.as("a piece at a stale offset").isInstanceOf(ConflictException.class);
		uploads.append(upload.id(), 15, new ByteArrayInputStream(bytes, 15, bytes.length - 15), actor);

		try (InputStream whole = uploads.open(upload.id(), actor)) {
			assertThat(whole.readAllBytes()).isEqualTo(bytes);
		}
		uploads.discard(upload.id(), actor);
		assertThat(files.names("uploads")).noneMatch(name -> name.startsWith(upload.id()));
	}
}
