package ps.rasd.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module.
 *
 * @param inMemory keep the index in memory instead of under {@code $RASD_DATA_DIR/index} (tests; each application
 *        context then has its own index)
 * @param maxQueryLength the longest query, in characters; a longer one is refused by the API and cut on the page
 * @param pageSize results per page
 * @param maxPageSize the largest page the API serves
 * @param maxResults how deep paging goes
 */
@ConfigurationProperties("rasd.search")
public record SearchProperties(@DefaultValue("false") boolean inMemory, @DefaultValue("200") int maxQueryLength,
		@DefaultValue("20") int pageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("10000") int maxResults) {
}
