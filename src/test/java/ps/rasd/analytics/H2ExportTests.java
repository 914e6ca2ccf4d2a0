package ps.rasd.analytics;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import ps.rasd.support.MovableClock;

/**
 * The export contract on the embedded H2 database, in a context of its own: its jobs commit, and other test classes
 * must not see their cases.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
@TestPropertySource(properties = "rasd.analytics.exports-per-person=3")
class H2ExportTests extends ExportContract {
}
