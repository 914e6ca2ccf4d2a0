package ps.rasd.network.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.network.BoardPosition;
import ps.rasd.network.Governance;
import ps.rasd.network.MeetingBody;
import ps.rasd.network.MeetingSummary;
import ps.rasd.network.MembershipBody;
import ps.rasd.network.MembershipKind;
import ps.rasd.network.Memberships;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.OrganisationKind;
import ps.rasd.network.PersonDetails;
import ps.rasd.network.PersonId;
import ps.rasd.network.domain.PersonStore;
import ps.rasd.network.domain.PersonStore.NewPerson;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.DemoSeed;

/**
 * Fictional, marked demo people and organisations: partner and member organisations of the coalition, universities,
 * a youth branch in every governorate (members, a coordinator, an application waiting), the board of the current
 * term (chair and secretary agreed to be published) and one general assembly convened with some members present.
 * The demo monitor's account is linked to a Hebron member, so their visits show on the record. Names are made from
 * common first and family names; phones are in the 0599 000 range and e-mails at example.org.
 */
class DemoNetwork implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

	private static final String[] FIRST_F = { "ليلى", "سارة", "رهف", "منى", "آية", "فاطمة", "نور", "دعاء", "هبة", "رزان" };

	private static final String[] FIRST_M = { "أحمد", "محمد", "يوسف", "عمر", "خالد", "باسل", "ليث", "عبد الله", "سامر",
			"معتز" };

	private static final String[] FAMILY = { "الخطيب", "النتشة", "الجعبري", "عودة", "حماد", "الشريف", "أبو زيد", "صالح",
			"البرغوثي", "منصور", "داود", "حسن" };

	private static final String[] FIELDS = { "القانون", "الهندسة", "الصحافة", "التمريض", "علم الاجتماع", "المحاسبة" };

	private final PersonStore people;

	private final NetworkManagement network;

	private final Memberships memberships;

	private final Governance governance;

	private final GeographyManagement geography;

	private final IdentityManagement identity;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoNetwork(PersonStore people, NetworkManagement network, Memberships memberships, Governance governance,
			GeographyManagement geography, IdentityManagement identity, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.people = people;
		this.network = network;
		this.memberships = memberships;
		this.governance = governance;
		this.geography = geography;
		this.identity = identity;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void seed() {
		if (jdbc.sql("select count(*) from network_person where demo = true").query(Long.class).single() > 0) {
			return;
		}
		transactions.executeWithoutResult(status -> seedAll());
		log.info("Demo network: organisations, youth branches, the board and a general assembly");
	}

	private void seedAll() {
		RasdPrincipal system = new SystemPrincipal();
		Random random = new Random(16);
		organisations();
		int phone = 1000;
		List<PersonId> forum = new ArrayList<>();
		for (GovernorateSummary g : geography.governorates()) {
			for (int i = 0; i < 6; i++) {
				PersonId member = person(random, g.code(), phone++, i == 5);
				if (i < 5) {
					memberships.enrol(member, MembershipBody.YOUTH_BRANCH, g.code(), MembershipKind.YOUTH_MEMBER,
							LocalDate.now(clock).minusMonths(random.nextInt(30)), system);
				}
				else {
					jdbc.sql("insert into network_membership (person_id, body, governorate_code, kind, status, created_at) "
							+ "values (?, 'YOUTH_BRANCH', ?, 'YOUTH_MEMBER', 'APPLIED', ?)")
						.params(member.value(), g.code(), java.sql.Timestamp.from(clock.instant())).update();
				}
				if (i == 0) {
					memberships.setBranchCoordinator(g.code(), member, system);
				}
				if (i == 1) {
					memberships.enrol(member, MembershipBody.FORUM, g.code(), MembershipKind.MEMBER,
							LocalDate.now(clock).minusYears(2), system);
					forum.add(member);
				}
			}
		}
		linkDemoMonitor();
		long term = governance.openTerm(LocalDate.now(clock).minusMonths(6), LocalDate.now(clock).plusYears(2).plusMonths(6),
				null, system);
		BoardPosition[] positions = BoardPosition.values();
		for (int i = 0; i < 7 && i < forum.size(); i++) {
			BoardPosition position = i < positions.length ? positions[i] : BoardPosition.MEMBER;
			governance.seat(term, forum.get(i), position, system);
			if (position == BoardPosition.CHAIR || position == BoardPosition.SECRETARY) {
				people.consent(forum.get(i).value(), "2026-12", "contact,publish", true, clock.instant());
			}
		}
		MeetingSummary assembly = governance.convene(MeetingBody.GENERAL_ASSEMBLY, "اجتماع الهيئة العامة السنوي (تجريبي)",
				clock.instant().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), "رام الله",
				List.of("التقرير الإداري والمالي", "انتخاب مجلس الإدارة", "خطة العام القادم"), system);
		for (int i = 0; i < forum.size(); i += 2) {
			governance.arrive(assembly.id(), forum.get(i), system);
		}
	}

	private PersonId person(Random random, String governorate, int phone, boolean applicant) {
		boolean female = random.nextBoolean();
		String first = (female ? FIRST_F : FIRST_M)[random.nextInt(10)];
		String name = first + " " + FIRST_M[random.nextInt(10)] + " " + FAMILY[random.nextInt(FAMILY.length)];
		PersonDetails details = new PersonDetails(name + " (تجريبي)", null, female ? "F" : "M",
				LocalDate.now(clock).getYear() - 18 - random.nextInt(12), null, governorate, null,
				random.nextBoolean() ? "جامعة تجريبية" : null, FIELDS[random.nextInt(FIELDS.length)], null, "العربية",
				"0599 00" + phone, "demo" + phone + "@example.org", "WHATSAPP");
		Instant now = clock.instant();
		return new PersonId(people.insert(new NewPerson(details, applicant ? "2026-12" : null, applicant ? now : null,
				applicant ? "contact" : null, Tier.INTERNAL, null, true), now));
	}

	private void organisations() {
		String[][] orgs = { { "مؤسسة الحق في الخدمة (تجريبي)", "PARTNER" }, { "جمعية شباب من أجل المساءلة (تجريبي)", "PARTNER" },
				{ "مركز الرقابة المجتمعية (تجريبي)", "MEMBER_ORGANISATION" },
				{ "اتحاد الجمعيات الأهلية في الجنوب (تجريبي)", "MEMBER_ORGANISATION" },
				{ "جامعة تجريبية", "UNIVERSITY" }, { "الحراك الشبابي للنزاهة (تجريبي)", "YOUTH_MOVEMENT" },
				{ "إذاعة صوت المجتمع (تجريبي)", "MEDIA" }, { "صندوق دعم المساءلة (تجريبي)", "DONOR" } };
		for (String[] org : orgs) {
			jdbc.sql("insert into network_organisation (name_ar, kind, name_key, demo, created_at) values (?, ?, ?, true, ?)")
				.params(org[0], OrganisationKind.valueOf(org[1]).name(),
						ps.rasd.network.domain.NameKeys.fold(org[0]), java.sql.Timestamp.from(clock.instant()))
				.update();
		}
	}

	private void linkDemoMonitor() {
		identity.account("monitor").ifPresent(account -> jdbc.sql("update network_person set account_id = ? where id = "
				+ "(select min(p.id) from network_person p join network_membership m on m.person_id = p.id where "
				+ "p.governorate_code = '50' and m.status = 'ACTIVE' and p.demo = true)").param(account.id()).update());
	}
}
