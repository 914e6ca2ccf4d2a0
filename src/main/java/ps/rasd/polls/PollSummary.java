package ps.rasd.polls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ps.rasd.shared.LocalizedText;

/**
 * A poll as its pages and the analysis see it.
 *
 * @param id the poll's id
 * @param code its short code
 * @param title its title
 * @param purpose why it is run, may be {@code null}
 * @param population the target population
 * @param formId the questionnaire's form
 * @param formVersionId the form version answered, fixed when fieldwork opens ({@code null} before)
 * @param fieldworkStart first day of fieldwork, may be {@code null}
 * @param fieldworkEnd last day of fieldwork, may be {@code null}
 * @param status where the poll is
 * @param modes how responses are collected
 * @param openLink the id of the open web link, {@code null} when the poll has none
 * @param strataVariables the variables whose categories make the strata, in order
 * @param variables the weighting variables and the questions that give them
 * @param strata the planned strata
 * @param quotas the quotas
 * @param enumerators the accounts assigned to interview; empty means any field staff may
 * @param updatedAt when it last changed
 * @param version the row version, for concurrent edits
 */
public record PollSummary(long id, String code, LocalizedText title, LocalizedText purpose, LocalizedText population,
		long formId, Long formVersionId, LocalDate fieldworkStart, LocalDate fieldworkEnd, PollStatus status,
		Set<FieldworkMode> modes, String openLink, List<String> strataVariables, List<WeightingVariable> variables,
		List<StratumPlan> strata, List<Quota> quotas, Set<Long> enumerators, Instant updatedAt, long version) {

	/** Whether responses can come in by this mode now. */
	public boolean accepts(FieldworkMode mode) {
		return status == PollStatus.FIELDWORK && modes.contains(mode);
	}

	/** Whether this account may enter interviews: an assigned enumerator, or anyone when none is assigned. */
	public boolean mayInterview(long accountId) {
		return enumerators.isEmpty() || enumerators.contains(accountId);
	}

	/** The planned sample size: the sum of the strata. */
	public int plannedSize() {
		return strata.stream().mapToInt(StratumPlan::plannedSize).sum();
	}
}
