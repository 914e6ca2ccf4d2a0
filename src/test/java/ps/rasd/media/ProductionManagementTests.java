package ps.rasd.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.Mp4Fixtures;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.network.PersonId;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ProductionManagementTests {

	@Autowired
	ProductionManagement productions;

	@Autowired
	NetworkManagement network;

	private final RasdPrincipal editor = Principals.coordinator("50");

	private final RasdPrincipal admin = Principals.admin();

	static ProductionDraft sketch(String slug) {
		return new ProductionDraft(slug, "THEATRE", "صهريج الحارة", "The street's tank", "وصلة عن انقطاع المياه",
				null, "/findings/RSD-2026-000123", "مسرح الحارة", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20),
				null);
	}

	@Test
	void aVideoIsStreamedToTheStoreKeptAsReceivedAndReadBackInParts() throws IOException {
		ProductionView made = productions.create(sketch("video-" + System.nanoTime()), false, editor);
		byte[] video = MediaFixtures.mp4(3 * 1024 * 1024);

		ProductionView withFile = productions.attach(made.id(), new ByteArrayInputStream(video), editor);

		assertThat(withFile.fileType()).isEqualTo("video/mp4");
		assertThat(withFile.fileSize()).isEqualTo(video.length);
		assertThat(withFile.video()).isTrue();
		Resource file = productions.file(made.slug(), editor);
		assertThat(file.contentLength()).isEqualTo(video.length);
		try (InputStream in = file.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(video);
		}
		assertThatThrownBy(() -> productions.attach(made.id(),
				new ByteArrayInputStream("<html>not a video</html>".getBytes(StandardCharsets.UTF_8)), editor))
			.isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "evidence.type-refused");
	}

	@Test
	void aPhoneVideoLosesWhereAndWithWhatItWasFilmedButNotAFrame() throws IOException {
		ProductionView made = productions.create(sketch("phone-" + System.nanoTime()), false, editor);
		byte[] video = Mp4Fixtures.phoneVideo();

		ProductionView withFile = productions.attach(made.id(), new ByteArrayInputStream(video), editor);

		assertThat(withFile.fileType()).isEqualTo("video/mp4");
		try (InputStream in = productions.file(made.slug(), editor).getInputStream()) {
			byte[] kept = in.readAllBytes();
			String text = new String(kept, StandardCharsets.ISO_8859_1);
			assertThat(kept).hasSameSizeAs(video);
			assertThat(text).doesNotContain(Mp4Fixtures.PLACE, Mp4Fixtures.DEVICE).contains("mvhd-facts");
			int mdat = text.indexOf("mdat");
			assertThat(text.substring(mdat)).isEqualTo(new String(video, StandardCharsets.ISO_8859_1).substring(mdat));
		}
	}

	@Test
	void aDraftIsHiddenUntilPublishedAndOnlyEditorsChangeIt() {
		ProductionView made = productions.create(sketch("draft-" + System.nanoTime()), false, editor);
		assertThat(productions.readable(made.slug(), null)).isEmpty();
		assertThatThrownBy(() -> productions.file(made.slug(), null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> productions.create(sketch("other-" + System.nanoTime()), false,
				Principals.monitor(7, "50"))).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> productions.create(sketch(made.slug()), false, editor))
			.isInstanceOf(ConflictException.class);

		productions.publish(made.id(), editor);

		assertThat(productions.readable(made.slug(), null)).get().extracting(ProductionView::published).isEqualTo(true);
		assertThat(productions.list("THEATRE", null, 0, 50).items()).extracting(ProductionView::id)
			.contains(made.id());
		assertThat(productions.list("PODCAST", null, 0, 50).items()).extracting(ProductionView::id)
			.doesNotContain(made.id());
		productions.withdraw(made.id(), editor);
		assertThat(productions.readable(made.slug(), null)).isEmpty();
	}

	@Test
	void publicPagesNameOnlyTeamMembersWhoAgreedToBePublished() {
		PersonId agreed = network.create(PersonDetails.named("سلمى المخرجة", "50"), admin).id();
		network.consent(agreed, null, "contact,publish", true, admin);
		PersonId private_ = network.create(PersonDetails.named("كريم الممثل السري", "50"), admin).id();
		ProductionView made = productions.create(sketch("team-" + System.nanoTime()), false, editor);
		productions.putMember(made.id(), agreed.value(), "إخراج", editor);
		productions.putMember(made.id(), private_.value(), "تمثيل", editor);
		assertThatThrownBy(() -> productions.putMember(made.id(), 987654321L, "x", editor))
			.isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "media.production.no-person");
		productions.publish(made.id(), editor);

		ProductionPage seen = productions.page(made.slug(), null).orElseThrow();

		assertThat(seen.team()).extracting(TeamMember::name).containsExactly("سلمى المخرجة");
		assertThat(seen.team()).extracting(TeamMember::personId).containsOnlyNulls();
		assertThat(productions.forEditor(made.id(), editor).team()).extracting(TeamMember::name, TeamMember::published)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("سلمى المخرجة", true),
					org.assertj.core.groups.Tuple.tuple("كريم الممثل السري", false));
	}

	@Test
	void performancesAndReachAddUpAndAPlatformExportReportsItsBadRows() {
		ProductionView made = productions.create(sketch("reach-" + System.nanoTime()), false, editor);
		productions.addPerformance(made.id(), "مركز شباب الفوار", LocalDate.of(2026, 10, 20), 120, editor);
		productions.addPerformance(made.id(), "مدرسة الحارة", LocalDate.of(2026, 10, 27), 80, editor);
		assertThatThrownBy(() -> productions.addPerformance(made.id(), "", LocalDate.of(2026, 10, 27), -1, editor))
			.isInstanceOf(DomainException.class);
		productions.recordReach(made.id(), new ReachEntry("TV", LocalDate.of(2026, 10, 21), 0, 0, 15000, false),
				editor);
		String csv = "\uFEFFDate,Views,Shares,Reach\n2026-10-21,\"1,500\",7,1000\n\"Oct 22, 2026\",lots,1,1\n"
				+ "2026-10-23,٣٠٠,2,250\nyesterday,1,1,1\nTotal,1800,9,1250\n";

		ReachImport report = productions.importReach(made.id(), "YouTube",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), editor);

		assertThat(report.rows()).isEqualTo(5);
		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.bad()).extracting(ReachImport.BadRow::line, ReachImport.BadRow::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "media.reach.bad-number"),
					org.assertj.core.groups.Tuple.tuple(5L, "media.reach.bad-date"),
					org.assertj.core.groups.Tuple.tuple(6L, "media.reach.total-row"));
		ProductionPage page = productions.forEditor(made.id(), editor);
		assertThat(page.views()).isEqualTo(1800);
		assertThat(page.shares()).isEqualTo(9);
		assertThat(page.performanceAudience()).isEqualTo(200);
		assertThat(page.audience()).isEqualTo(15000 + 1250 + 200);

		// the same export imported again replaces its days, it does not double them
		productions.importReach(made.id(), "youtube", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				editor);
		assertThat(productions.forEditor(made.id(), editor).views()).isEqualTo(1800);
		assertThatThrownBy(() -> productions.importReach(made.id(), "youtube",
				new ByteArrayInputStream("Views,Shares\n1,2\n".getBytes(StandardCharsets.UTF_8)), editor))
			.isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "media.reach.no-date-column");
	}

	@Test
	void editorsExtendTheListOfKinds() {
		assertThatThrownBy(() -> productions.create(new ProductionDraft("street-" + System.nanoTime(),
				"STREET_THEATRE", "مسرح شارع", null, null, null, null, null, null, null, null), false, editor))
			.isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "media.production.unknown-kind");

		ProductionKind kind = productions.addKind("street theatre", "مسرح الشارع", "Street theatre", editor);

		assertThat(kind.code()).isEqualTo("STREET_THEATRE");
		assertThat(productions.kinds()).extracting(ProductionKind::code).contains("THEATRE", "STREET_THEATRE");
		assertThat(productions.create(new ProductionDraft("street-" + System.nanoTime(), "STREET_THEATRE",
				"مسرح شارع", null, null, null, null, null, null, null, null), false, editor).kind().nameEn())
			.isEqualTo("Street theatre");
		assertThatThrownBy(() -> productions.addKind("STREET_THEATRE", "x", "y", editor))
			.isInstanceOf(ConflictException.class);
	}
}
