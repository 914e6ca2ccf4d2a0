package ps.rasd.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.MessageSource;

import ps.rasd.cases.PublicFindings;
import ps.rasd.cases.AuthorityScorecards;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.PublicFinding;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.spi.ReportFigures;

/**
 * The report figures from published cases only (the public tier, through the public finders of the facade), so a
 * report never tells more than the site does. Authority figures are the public scorecards limited to the referrals
 * made within the report's period.
 */
class CaseReportFigures implements ReportFigures {

	private static final ZoneId ZONE = ZoneId.of("Asia/Hebron");

	private static final Set<CaseStatus> RESOLVED = CaseStatus.Group.FIXED.states();

	private static final int STORIES = 6;

	private final PublicFindings cases;

	private final AuthorityScorecards scorecards;

	private final RegistryManagement registry;

	private final MessageSource messages;

	CaseReportFigures(PublicFindings cases, AuthorityScorecards scorecards, RegistryManagement registry, MessageSource messages) {
		this.cases = cases;
		this.scorecards = scorecards;
		this.registry = registry;
		this.messages = messages;
	}

	@Override
	public Figures collect(Scope scope) {
		Instant from = scope.from().atStartOfDay(ZONE).toInstant();
		Instant to = scope.to().plusDays(1).atStartOfDay(ZONE).toInstant();
		var query = new PublicFindings.PublicQuery(scope.governorateCode(), scope.sectorCode(), Set.of(), from, to,
				null);
		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		Map<String, Long> byGovernorate = new TreeMap<>();
		Map<String, Long> bySector = new TreeMap<>();
		Map<Long, Long> authorities = new LinkedHashMap<>();
		List<Double> days = new ArrayList<>();
		List<Story> stories = new ArrayList<>();
		int page = 0;
		PageResult<PublicFinding> found;
		do {
			found = cases.publicFindings(query, page++, 200);
			for (PublicFinding f : found.items()) {
				byStatus.merge(f.status(), 1L, Long::sum);
				byGovernorate.merge(f.governorateCode(), 1L, Long::sum);
				bySector.merge(f.sectorCode(), 1L, Long::sum);
				if (f.authorityId() != null) {
					authorities.merge(f.authorityId(), 1L, Long::sum);
					Double d = daysToFirstReply(cases.publicFinding(f.reference()));
					if (d != null) {
						days.add(d);
					}
				}
				if (stories.size() < STORIES) {
					stories.add(new Story(f.reference(), f.title(), f.story(), status(f.status())));
				}
			}
		}
		while (found.hasNext());
		List<Count> statuses = new ArrayList<>();
		byStatus.forEach((s, n) -> statuses.add(new Count(s.name(), status(s), n)));
		long resolved = byStatus.entrySet().stream().filter(e -> RESOLVED.contains(e.getKey()))
			.mapToLong(Map.Entry::getValue).sum();
		return new Figures(statuses, resolved, median(days), counts(byGovernorate), counts(bySector),
				responsiveness(authorities.keySet(), from, to), stories);
	}

	private static Double daysToFirstReply(PublicFinding finding) {
		Instant referred = finding.timeline().stream().filter(s -> "REFER".equals(s.step())).map(s -> s.at())
			.findFirst().orElse(null);
		if (referred == null || finding.replies().isEmpty()) {
			return null;
		}
		return Math.max(0, Duration.between(referred, finding.replies().get(0).receivedAt()).toMinutes()) / 1440.0;
	}

	private List<Responsiveness> responsiveness(Set<Long> authorityIds, Instant from, Instant to) {
		List<Responsiveness> rows = new ArrayList<>();
		for (long id : authorityIds) {
			var card = scorecards.scorecard(id, from, to);
			rows.add(new Responsiveness(registry.authority(id).name(), card.referred(), card.replied(),
					card.medianDaysToReply(), card.overdue()));
		}
		return rows;
	}

	private static List<Count> counts(Map<String, Long> byCode) {
		List<Count> rows = new ArrayList<>();
		byCode.forEach((code, n) -> rows.add(new Count(code, null, n)));
		return rows;
	}

	private LocalizedText status(CaseStatus status) {
		String key = "cases.status." + status.name();
		return new LocalizedText(messages.getMessage(key, null, Locale.forLanguageTag("ar")),
				messages.getMessage(key, null, Locale.ENGLISH));
	}

	private static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		Collections.sort(values);
		int n = values.size();
		return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
	}

}
