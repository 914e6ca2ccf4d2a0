package ps.rasd.shared.spi;

import java.util.Map;

import ps.rasd.shared.LocalizedText;

/**
 * A list of codes with their names that a module owns (governorates, sectors), for filters in modules that may not
 * import it.
 */
public interface CodeList {

	/** The governorates by PCBS code. */
	String GOVERNORATES = "governorates";

	/** The sectors by code. */
	String SECTORS = "sectors";

	/** The active authorities by id. */
	String AUTHORITIES = "authorities";

	/** Which list this is, e.g. {@link #GOVERNORATES}. */
	String name();

	/** The codes and their names, in the order to show them. */
	Map<String, LocalizedText> entries();
}
