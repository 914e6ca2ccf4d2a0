package ps.rasd.shared.spi;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/** The governorates with their OCHA p-codes (the key of the boundaries) and 2017 census population, for maps. */
public interface GovernorateFacts {

	/** The 16 governorates in their order. */
	List<Governorate> governorates();

	/**
	 * A governorate.
	 *
	 * @param code the PCBS code
	 * @param ochaPcode the OCHA p-code, as {@code adm2_pcode} in the boundaries
	 * @param population2017 the 2017 census population
	 */
	record Governorate(String code, String ochaPcode, LocalizedText name, int population2017) {
	}
}
