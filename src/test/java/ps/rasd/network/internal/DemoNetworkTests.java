package ps.rasd.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.network.BoardSeat;
import ps.rasd.network.Governance;
import ps.rasd.network.Memberships;
import ps.rasd.network.NetworkManagement;
import ps.rasd.support.Principals;

/** The demo network as demo mode leaves it at start-up (the same context as the other demo tests). */
@SpringBootTest(properties = "rasd.demo=true")
@ActiveProfiles("test")
class DemoNetworkTests {

	@Autowired
	NetworkManagement network;

	@Autowired
	Memberships memberships;

	@Autowired
	Governance governance;

	@Test
	void everyGovernorateHasAYouthBranchWithACoordinatorMembersAndAnApplication() {
		var hebron = memberships.branch("50", Principals.admin());
		assertThat(hebron.active()).isGreaterThanOrEqualTo(5);
		assertThat(hebron.applied()).isGreaterThanOrEqualTo(1);
		assertThat(hebron.coordinatorName()).contains("تجريبي");
		assertThat(memberships.branch("45", Principals.admin()).active()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void theBoardIsSeatedAndOnlyThoseWhoAgreedArePublic() {
		assertThat(governance.board(Principals.admin())).hasSize(7);
		assertThat(governance.publicBoard()).extracting(BoardSeat::position).containsExactly(
				ps.rasd.network.BoardPosition.CHAIR, ps.rasd.network.BoardPosition.SECRETARY);
	}

	@Test
	void aGeneralAssemblyIsConvenedWithSomeMembersPresentAndEveryDemoRecordIsMarked() {
		assertThat(governance.meetings(Principals.admin())).anySatisfy(m -> assertThat(m.present()).isPositive());
		assertThat(network.people(null, "50", 0, 200, Principals.admin())).isNotEmpty()
			.allSatisfy(p -> assertThat(p.demo()).isTrue());
		assertThat(network.organisations(null)).isNotEmpty().allSatisfy(o -> assertThat(o.demo()).isTrue());
	}
}
