package ps.rasd.shared.spi;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;

import ps.rasd.shared.RasdPrincipal;

/**
 * A module's part of a signed-in person's start page ("my work"): what waits for them in that module (a monitor's
 * visits to do, a coordinator's queues, an analyst's polls in fieldwork…). The platform renders the lists of every
 * module in their {@code @Order}, without importing the modules. A module reads its data through its own facade, so
 * each list holds only what the person may read ({@code ReadRules}); a module returns nothing for roles it has no work
 * for.
 */
public interface WorkSection {

	/** The lists of this module for this person, in this language; empty when nothing applies to their roles. */
	List<WorkList> work(RasdPrincipal person, Locale locale);

	/**
	 * One list of the start page.
	 *
	 * @param title the message code of its heading (in the module's bundle)
	 * @param count how many there are in all ({@code items} shows the first few)
	 * @param link where the whole list is (a page of the module), may be {@code null}
	 * @param items the first few, may be empty when only the count matters
	 */
	record WorkList(String title, long count, String link, List<WorkItem> items) {

		/** How many items a list shows at most. */
		public static final int SHOWN = 5;

		public WorkList {
			items = items == null ? List.of() : List.copyOf(items.subList(0, Math.min(items.size(), SHOWN)));
		}
	}

	/**
	 * One thing to do.
	 *
	 * @param text what it is, in the person's language (a facility's name, a case's title…)
	 * @param reference a reference to show beside it (a case or visit reference), may be {@code null}
	 * @param url where to do it
	 * @param due a {@link java.time.LocalDate} or {@link java.time.Instant} it is due or dates from, may be {@code null}
	 */
	record WorkItem(String text, String reference, String url, Temporal due) {
	}
}
