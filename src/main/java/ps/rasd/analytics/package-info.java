/**
 * Analytics. For now: exports. Feature modules offer their records through {@link ps.rasd.shared.spi.ExportSource};
 * this module writes them as CSV (UTF-8 with a byte-order mark, an optional HXL hashtag row), XLSX (a streaming,
 * right-to-left sheet in Arabic) and GeoJSON, in background jobs with progress, or straight to the response for the
 * public tier. It imports no feature module.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = { "shared", "shared::spi", "shared::sql" })
package ps.rasd.analytics;

import org.springframework.modulith.ApplicationModule;
