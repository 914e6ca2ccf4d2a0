package ps.rasd;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The persistence contract on the embedded H2 database that the default run uses. */
@SpringBootTest
@ActiveProfiles("test")
class H2PersistenceTests extends PersistenceContract {
}
