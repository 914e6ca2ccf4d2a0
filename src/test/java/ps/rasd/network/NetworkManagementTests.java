package ps.rasd.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Sight;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class NetworkManagementTests {

	@Autowired
	NetworkManagement network;

	@Autowired
	Memberships memberships;

	@Autowired
	Governance governance;

	@Autowired
	Segments segments;

	private final RasdPrincipal admin = Principals.admin();

	private final RasdPrincipal hebron = Principals.coordinator(201, "50");

	private final RasdPrincipal bethlehem = Principals.coordinator(202, "45");

	private PersonSummary person(String name, String phone, String email) {
		return network.create(PersonDetails.named(name, "50").withContacts(phone, email), hebron);
	}

	private List<String> suggested(String name) {
		return network.suggestions(name, null, null, null, hebron).stream().map(DuplicateSuggestion::nameAr).toList();
	}

	@Test
	void everyArabicAndLatinSpellingOfANameIsProposedAsALikelyDuplicate() {
		person("أحمد محمود الخطيب", null, null);
		person("عبد الله يوسف النتشة", null, null);
		person("فاطمة علي الجعبري", null, null);
		assertThat(suggested("احمد محمود الخطيب")).containsExactly("أحمد محمود الخطيب");
		assertThat(suggested("ٱحمد محمود الخطيب")).containsExactly("أحمد محمود الخطيب");
		assertThat(suggested("Ahmed Mahmoud Al-Khatib")).containsExactly("أحمد محمود الخطيب");
		assertThat(suggested("Ahmad Mahmoud Khatib")).containsExactly("أحمد محمود الخطيب");
		assertThat(suggested("عبدالله يوسف النتشة")).containsExactly("عبد الله يوسف النتشة");
		assertThat(suggested("فاطمه علي الجعبري")).containsExactly("فاطمة علي الجعبري");
		assertThat(suggested("سامر خليل")).isEmpty();
	}

	@Test
	void suggestionsAreOfferedAsOneTypesTheStartOfAName() {
		person("أحمد محمود الخطيب", null, null);
		assertThat(suggested("احمد مح")).contains("أحمد محمود الخطيب");
	}

	@Test
	void theSamePhoneOrEmailIsProposedWhateverTheName() {
		person("سارة حسن", "+970 599 111 222", "Sara@Example.org");
		assertThat(network.suggestions("S. Hasan", "0599111222", null, null, hebron))
			.extracting(DuplicateSuggestion::reasons).containsExactly(List.of("phone"));
		assertThat(network.suggestions("", null, "sara@example.ORG", null, hebron)).hasSize(1);
	}

	@Test
	void contactDetailsAreReadOnlyByTheGovernoratesCoordinatorsAdministratorsAndThePersonThemself() {
		PersonSummary sara = person("سارة حسن", "0599111222", "sara@example.org");
		assertThat(network.person(sara.id(), hebron).details().phone()).isEqualTo("0599111222");
		assertThat(network.person(sara.id(), admin).sight()).isEqualTo(Sight.FULL);
		PersonSummary seenElsewhere = network.person(sara.id(), bethlehem);
		assertThat(seenElsewhere.sight()).isEqualTo(Sight.COPY);
		assertThat(seenElsewhere.details().phone()).isNull();
		assertThat(seenElsewhere.details().email()).isNull();
		assertThat(network.person(sara.id(), Principals.analyst()).details().phone()).isNull();
		assertThatThrownBy(() -> network.person(sara.id(), null)).isInstanceOf(NotFoundException.class);
		network.linkAccount(sara.id(), null, admin);
	}

	@Test
	void thePublicReadsOnlyTheNameOfOneWhoAgreedToBePublished() {
		PersonSummary sara = person("سارة حسن", "0599111222", "sara@example.org");
		network.consent(sara.id(), "2026-12", "contact,publish", true, hebron);
		PersonSummary seen = network.person(sara.id(), null);
		assertThat(seen.name()).isEqualTo("سارة حسن");
		assertThat(seen.details().phone()).isNull();
		assertThat(seen.details().email()).isNull();
		assertThat(seen.consentVersion()).isNull();
	}

	@Test
	void onlyTheGovernoratesCoordinatorsWriteItsPeople() {
		assertThatThrownBy(() -> network.create(PersonDetails.named("سارة", "50"), bethlehem))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> network.create(PersonDetails.named(" ", "50"), hebron))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aMergeMovesEveryLinkAndAnUndoPutsThemBack() {
		PersonSummary kept = person("أحمد الخطيب", null, null);
		PersonSummary copy = person("احمد الخطيب", "0599000111", null);
		memberships.enrol(copy.id(), MembershipBody.YOUTH_BRANCH, "50", MembershipKind.YOUTH_MEMBER, null, hebron);
		GroupSummary group = segments.create("متطوعون", null, hebron);
		segments.add(group.id(), copy.id(), hebron);

		MergeSummary merge = network.merge(kept.id(), copy.id(), hebron);
		assertThat(memberships.of(kept.id(), hebron)).hasSize(1);
		assertThat(memberships.of(copy.id(), hebron)).isEmpty();
		assertThat(segments.members(group.id(), 0, 10, hebron)).extracting(PersonSummary::id).containsExactly(kept.id());
		assertThat(network.person(copy.id(), hebron).mergedInto()).isEqualTo(kept.id().value());
		assertThat(network.people("الخطيب", "50", 0, 10, hebron)).extracting(PersonSummary::id).containsExactly(kept.id());

		network.undoMerge(merge.id(), hebron);
		assertThat(memberships.of(kept.id(), hebron)).isEmpty();
		assertThat(memberships.of(copy.id(), hebron)).hasSize(1);
		assertThat(network.person(copy.id(), hebron).mergedInto()).isNull();
		assertThat(network.mergesInto(kept.id(), hebron)).singleElement().extracting(MergeSummary::undone).isEqualTo(true);
	}

	@Test
	void anApplicationWaitsForTheCoordinatorAndThenCountsInTheBranchAndItsSegment() {
		MembershipSummary applied = memberships.apply(new MembershipApplication(
				PersonDetails.named("ليلى سعيد", "50").withContacts("0599333444", "layla@example.org")
					.studying("جامعة الخليل", "القانون"),
				MembershipBody.YOUTH_BRANCH, "أحب العمل التطوعي", true, false));
		assertThat(applied.status()).isEqualTo(MembershipStatus.APPLIED);
		assertThat(memberships.applications(hebron)).extracting(MembershipSummary::id).contains(applied.id());
		assertThat(memberships.applications(bethlehem)).extracting(MembershipSummary::id).doesNotContain(applied.id());
		assertThat(network.person(applied.person(), hebron).consentVersion()).isEqualTo(memberships.consentVersion());

		assertThatThrownBy(() -> memberships.approve(applied.id(), applied.version(), null, bethlehem))
			.isInstanceOf(ForbiddenException.class);
		memberships.approve(applied.id(), applied.version(), null, hebron);

		assertThat(memberships.branch("50", hebron).members()).extracting(MembershipSummary::person)
			.contains(applied.person());
		GroupSummary lawStudents = segments.create("طلاب القانون في الخليل",
				new SegmentFilter("50", MembershipBody.YOUTH_BRANCH, null, "قانون", null, null), hebron);
		assertThat(segments.members(lawStudents.id(), 0, 10, hebron)).extracting(PersonSummary::id)
			.containsExactly(applied.person());
	}

	@Test
	void anApplicationWithoutConsentIsRefused() {
		assertThatThrownBy(() -> memberships.apply(new MembershipApplication(PersonDetails.named("ليلى", "50"),
				MembershipBody.YOUTH_BRANCH, null, false, false)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aGeneralAssemblyReachesItsQuorumAtTheDoorVotesAndDecides() {
		governance.setQuorumShare(new java.math.BigDecimal("0.5"), admin);
		long before = memberships.activeMembers();
		List<PersonSummary> members = new java.util.ArrayList<>();
		for (String name : List.of("عضو أول", "عضو ثان", "عضو ثالث", "عضو رابع")) {
			PersonSummary p = network.create(PersonDetails.named(name, "50").withContacts(null, "m" + members.size()
					+ "@example.org"), hebron);
			memberships.enrol(p.id(), MembershipBody.FORUM, "50", MembershipKind.MEMBER, null, hebron);
			members.add(p);
		}
		MeetingSummary meeting = governance.convene(MeetingBody.GENERAL_ASSEMBLY, "الهيئة العامة السنوية",
				Instant.now().plus(1, ChronoUnit.DAYS), "رام الله", List.of("التقرير السنوي", "الانتخابات"), admin);
		assertThat(meeting.eligible()).isEqualTo(before + 4);
		assertThat(meeting.noticeSent()).isGreaterThanOrEqualTo(4);
		assertThat(meeting.quorate()).isFalse();
		assertThat(governance.door(meeting.id(), "عضو ثالث", hebron)).extracting(Attendee::name).contains("عضو ثالث");
		assertThatThrownBy(() -> governance.vote(meeting.id(), "إقرار التقرير", 0, 0, 0, hebron))
			.hasMessageContaining("no-quorum");

		for (PersonSummary p : members) {
			governance.arrive(meeting.id(), p.id(), hebron);
		}
		MeetingSummary now = governance.meeting(meeting.id(), hebron);
		assertThat(now.present()).isEqualTo(4);
		assertThat(now.quorate()).isEqualTo(4 >= now.needed());

		if (now.quorate()) {
			MotionSummary motion = governance.vote(meeting.id(), "إقرار التقرير", 3, 1, 0, hebron);
			assertThat(motion.carried()).isTrue();
		}
		DecisionSummary decision = governance.decide(meeting.id(), "نشر التقرير", members.get(0).id(),
				java.time.LocalDate.now().plusDays(30), hebron);
		assertThat(governance.decisions(null, hebron)).extracting(DecisionSummary::id).contains(decision.id());
		governance.done(decision.id(), hebron);
		assertThat(governance.decisions(null, hebron)).extracting(DecisionSummary::id).doesNotContain(decision.id());
	}

	@Test
	void theBoardPageShowsOnlyThoseWhoAgreedToBePublished() {
		PersonSummary chair = person("رئيسة المجلس", null, null);
		PersonSummary treasurer = person("أمين الصندوق", null, null);
		network.consent(chair.id(), null, "publish", true, hebron);
		long term = governance.openTerm(java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusYears(2),
				null, admin);
		governance.seat(term, chair.id(), BoardPosition.CHAIR, admin);
		governance.seat(term, treasurer.id(), BoardPosition.TREASURER, admin);
		assertThat(governance.publicBoard()).extracting(BoardSeat::name).containsExactly("رئيسة المجلس");
		assertThat(governance.board(hebron)).hasSize(2);
	}

	@Test
	void erasureRemovesThePersonalDataAndKeepsTheRecordsCounts() {
		PersonSummary sara = person("سارة حسن", "0599111222", "sara@example.org");
		memberships.enrol(sara.id(), MembershipBody.FORUM, "50", MembershipKind.MEMBER, null, hebron);
		assertThat(network.dataOf(sara.id(), hebron)).containsKeys("details", "memberships", "relationships");
		assertThatThrownBy(() -> network.erase(sara.id(), hebron)).isInstanceOf(ForbiddenException.class);
		network.erase(sara.id(), admin);
		PersonSummary erased = network.person(sara.id(), admin);
		assertThat(erased.erased()).isTrue();
		assertThat(erased.details().phone()).isNull();
		assertThat(erased.name()).doesNotContain("سارة");
		assertThat(network.suggestions("سارة حسن", "0599111222", null, null, hebron)).isEmpty();
	}
}
