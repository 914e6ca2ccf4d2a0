package ps.rasd.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.network.GroupSummary;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.network.SegmentFilter;
import ps.rasd.network.Segments;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

/**
 * Subscribers from a network segment: only people whose recorded consent names the newsletter, with an address,
 * become confirmed subscribers; who left stays out; a second run changes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class NewsletterImportTests {

	@Autowired
	NewsletterImport imports;

	@Autowired
	NewsletterManagement newsletter;

	@Autowired
	NetworkManagement network;

	@Autowired
	Segments segments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final RasdPrincipal admin = Principals.admin();

	@Test
	void onlyPeopleWhoConsentedToTheNewsletterBecomeSubscribersAndWhoLeftStaysOut() {
		String university = "uni-" + System.nanoTime();
		String agreed = "agreed-" + System.nanoTime() + "@example.org";
		String contactOnly = "contact-" + System.nanoTime() + "@example.org";
		String left = "left-" + System.nanoTime() + "@example.org";
		person("سلمى", university, agreed, "contact,newsletter");
		person("رامي", university, contactOnly, "contact,publish");
		person("هند", university, left, "newsletter");
		person("باسل", university, null, "newsletter");
		transactions.executeWithoutResult(tx -> newsletter.subscribe(left, "ar", null, null));
		String token = jdbc.queryForObject("select token from media_subscriber where email = ?", String.class, left);
		newsletter.confirm(token);
		newsletter.unsubscribe(token, null);
		GroupSummary segment = segments.create("قراء " + university,
				new SegmentFilter(null, null, null, null, university, null), admin);

		NewsletterImport.Result result = imports.fromGroup(segment.id(), admin);

		assertThat(result).isEqualTo(new NewsletterImport.Result(1, 0, 0, 1, 2));
		assertThat(jdbc.queryForMap("select status, origin, confirmed_at from media_subscriber where email = ?", agreed))
			.containsEntry("STATUS", "ACTIVE").containsEntry("ORIGIN", "network-group:" + segment.id())
			.extractingByKey("CONFIRMED_AT").isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from media_subscriber where email = ?", Long.class,
				contactOnly)).isZero();
		assertThat(jdbc.queryForObject("select status from media_subscriber where email = ?", String.class, left))
			.isEqualTo("UNSUBSCRIBED");
		assertThat(imports.fromGroup(segment.id(), admin)).isEqualTo(new NewsletterImport.Result(0, 0, 1, 1, 2));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?",
				Long.class, "media.newsletter.group-imported", String.valueOf(segment.id()))).isEqualTo(2);
	}

	@Test
	void onlyEditorsImport() {
		assertThatThrownBy(() -> imports.fromGroup(1, Principals.analyst())).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> imports.groups(null)).isInstanceOf(ForbiddenException.class);
	}

	private void person(String name, String university, String email, String scope) {
		network.personFor(new PersonDetails(name, null, null, null, null, "05", null, university, null, null, null,
				null, email, null), "v1", scope);
	}
}
