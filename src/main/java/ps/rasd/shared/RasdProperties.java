package ps.rasd.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module reads.
 *
 * @param dataDir where the H2 database, the search index and uploaded files live ({@code RASD_DATA_DIR})
 * @param demo whether demo content is loaded into an empty database ({@code RASD_DEMO})
 * @param baseUrl the public URL used in links and e-mails ({@code RASD_BASE_URL})
 */
@ConfigurationProperties("rasd")
public record RasdProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo,
		@DefaultValue("http://localhost:8080") String baseUrl) {
}
