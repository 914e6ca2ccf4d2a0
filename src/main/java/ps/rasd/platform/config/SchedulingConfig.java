package ps.rasd.platform.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The periodic jobs ({@code @Scheduled}: deadlines, mail, clean-ups) run in the application only: a command (profile
 * {@code command}: backup, restore, audit-verify, …) started beside a running application must not run them a second
 * time.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!command")
@EnableScheduling
class SchedulingConfig {
}
