package ps.rasd.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public map.
 *
 * @param tiles a tile URL template such as {@code https://tile.example.org/{z}/{x}/{y}.png}; empty (the default) for
 * no tiles: the boundaries still draw. A tile host must also be allowed by the page's content security policy.
 * @param tilesAttribution the credit the tile provider asks for
 * @param gridDegrees the size in degrees of the grid cells that gather case markers
 */
@ConfigurationProperties("rasd.map")
public record MapProperties(@DefaultValue("") String tiles, @DefaultValue("") String tilesAttribution,
		@DefaultValue("0.05") double gridDegrees) {
}
