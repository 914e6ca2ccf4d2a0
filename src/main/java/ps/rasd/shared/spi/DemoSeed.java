package ps.rasd.shared.spi;

/**
 * A module's contribution to demo content, run in {@link #order()} at start-up when {@code rasd.demo=true}.
 * Each seed leaves alone a database that already holds its kind of data, so a restart adds nothing twice.
 */
public interface DemoSeed {

	/** Seeds run in ascending order: reference data first, then accounts, then content that refers to both. */
	int order();

	/** Adds the demo content of this module when it is missing. */
	void seed();
}
