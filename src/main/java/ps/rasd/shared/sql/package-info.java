/**
 * Helpers for the SQL the modules write for their contributions (exports, public statistics): conditions with bound
 * parameters, keyset pages, the days of an export's period. Not contracts: those are in {@link ps.rasd.shared.spi}.
 */
@NamedInterface("sql")
package ps.rasd.shared.sql;

import org.springframework.modulith.NamedInterface;
