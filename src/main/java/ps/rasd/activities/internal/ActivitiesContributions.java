package ps.rasd.activities.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivityFigures;
import ps.rasd.activities.FollowUps;
import ps.rasd.activities.Registrations;
import ps.rasd.activities.Surveys;
import ps.rasd.activities.Trainings;
import ps.rasd.forms.FormsManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.spi.AssignmentGate;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.NewsletterSource;
import ps.rasd.shared.spi.ReportSection;
import ps.rasd.shared.spi.ShareableSource;

/**
 * What the activities module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class ActivitiesContributions {

	/** Contributes: {@link ReportSection}. */
	@Bean
	ActivityReportSection activityReportSection(ActivityFigures figures, GeographyManagement geography,
			ActivitiesManagement activities) {
		return new ActivityReportSection(figures, geography, activities);
	}

	/** Contributes: {@link NewsletterSource} (the upcoming activities). */
	@Bean
	ActivityNewsletterSource activityNewsletterSource(ActivitiesManagement activities, Clock clock) {
		return new ActivityNewsletterSource(activities, clock);
	}

	/** Contributes: {@link AssignmentGate}. */
	@Bean
	TrainingGate trainingGate(Trainings trainings) {
		return new TrainingGate(trainings);
	}

	/** Contributes: {@link DemoSeed}. */
	@Bean
	DemoActivities demoActivities(ActivitiesManagement activities, Registrations registrations,
			GeographyManagement geography, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		return new DemoActivities(activities, registrations, geography, jdbc, transactions, clock);
	}

	/** Contributes: {@link DemoSeed} (surveys, follow-up actions and invitations around the demo activities). */
	@Bean
	DemoFollowUps demoFollowUps(Registrations registrations, FollowUps followUps, Surveys surveys, FormsManagement forms,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		return new DemoFollowUps(registrations, followUps, surveys, forms, jdbc, transactions, clock);
	}

	/** Contributes: {@link ShareableSource}. */
	@Bean
	ActivityShareables activityShareables(ActivitiesManagement activities) {
		return new ActivityShareables(activities);
	}
}
