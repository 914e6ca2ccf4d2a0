package ps.rasd.shared.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The names of people behind account ids, for staff pages that would otherwise show an internal id ("account-3"):
 * records and the audit log keep the id (erasure needs it), the page asks for the name when it renders. Only pages
 * already restricted to staff allowed to see who did what call it. Implemented by the identity module.
 */
public interface PersonNames {

	/** The display name of each known account among the ids (an erased account reads "—"); unknown ids are left out. */
	Map<Long, String> names(Collection<Long> accountIds);

	/** The display name of one account, or {@code null} when there is none. */
	default String name(Long accountId) {
		return accountId == null ? null : names(List.of(accountId)).get(accountId);
	}
}
