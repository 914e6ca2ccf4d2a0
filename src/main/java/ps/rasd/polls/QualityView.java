package ps.rasd.polls;

import java.util.List;
import java.util.Map;

import ps.rasd.polls.analysis.QualityReport;

/**
 * The data quality review of a poll (staff only).
 *
 * @param poll the poll
 * @param responses every response, included or not, in order of arrival
 * @param report the flags of each response and the statistics of each enumerator (by enumerator account id)
 * @param enumerators the display name of each enumerator's account, by account id as text
 */
public record QualityView(PollSummary poll, List<ResponseSummary> responses, QualityReport report,
		Map<String, String> enumerators) {
}
