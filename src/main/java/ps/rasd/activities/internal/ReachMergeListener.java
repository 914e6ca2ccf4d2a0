package ps.rasd.activities.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ps.rasd.network.PersonMerged;

/**
 * Counts two person records as one once {@code network} merged them (and as two again when the merge is undone).
 * Runs after the merge commits, from the event publication registry, so a crash in between loses nothing; the same
 * event handled twice changes nothing.
 */
@Component
class ReachMergeListener {

	private final ReachKeeper keeper;

	ReachMergeListener(ReachKeeper keeper) {
		this.keeper = keeper;
	}

	@ApplicationModuleListener
	void on(PersonMerged merge) {
		keeper.merged(merge.kept().value(), merge.merged().value(), merge.undone());
	}
}
