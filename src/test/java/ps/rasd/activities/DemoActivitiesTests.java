package ps.rasd.activities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.support.Principals;

/**
 * The demo (the same context as {@code DemoAccountsTests}): activities held in every governorate, and around them
 * invitations answered three ways, follow-up actions and feedback surveys answered — all fictional and marked.
 */
@SpringBootTest(properties = "rasd.demo=true")
@ActiveProfiles("test")
class DemoActivitiesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Invitations invitations;

	@Autowired
	Surveys surveys;

	@Autowired
	ActivityFigures figures;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void theDemoHasInvitationsFollowUpsAndSurveysAroundItsActivities() {
		assertThat(count("select count(distinct governorate_code) from activities_activity where demo = true and "
				+ "status = 'HELD'")).isEqualTo(count("select count(*) from geography_governorate"));
		assertThat(count("select count(*) from activities_invitation i join activities_activity x on x.id = "
				+ "i.activity_id where x.demo = false")).isZero();
		assertThat(count("select count(*) from activities_invitation where email not like '%@example.invalid'")).isZero();
		long accepted = count("select count(*) from activities_invitation where reply = 'ACCEPTED' and registration_id "
				+ "is not null");
		long declined = count("select count(*) from activities_invitation where reply = 'DECLINED'");
		long open = count("select count(*) from activities_invitation where reply is null");
		assertThat(accepted).isPositive();
		assertThat(declined).isPositive();
		assertThat(open).isPositive();
		long someOpen = jdbc.sql("select min(activity_id) from activities_invitation").query(Long.class).single();
		InvitationCounts counts = invitations.counts(someOpen, Principals.admin());
		assertThat(counts.invited()).isPositive();

		assertThat(count("select count(*) from activities_action a join activities_activity x on x.id = a.activity_id "
				+ "where x.demo = true")).isPositive();
		assertThat(count("select count(*) from activities_action where done_at is not null")).isPositive();
		long withFeedback = jdbc.sql("select min(x.id) from activities_activity x where x.demo = true and exists "
				+ "(select 1 from activities_answer a join activities_registration r on r.id = a.registration_id where "
				+ "r.activity_id = x.id and a.stage = 'FEEDBACK')").query(Long.class).single();
		assertThat(surveys.counts(withFeedback, SurveyStage.FEEDBACK, Principals.admin()).answered()).isPositive();
		assertThat(count("select count(*) from notifications_outbox where recipient like '%@example.invalid'"))
			.as("no mail to a demo invitee").isZero();
		assertThat(figures.figures(FigureFilter.all(), Principals.admin()).people().count()).isPositive();
	}
}
