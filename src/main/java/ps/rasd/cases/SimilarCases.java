package ps.rasd.cases;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.internal.CaseAccess;
import ps.rasd.cases.internal.Similarity;
import ps.rasd.shared.RasdPrincipal;

/** Duplicates at intake: the open cases that may be the same problem as a case, for the coordinator to link. */
@Service
@Transactional(readOnly = true)
public class SimilarCases {

	/** Cases within this many metres of each other may be the same problem. */
	public static final double NEARBY_METRES = 500;

	/** Texts at least this alike may be the same problem. */
	public static final double SIMILAR_TEXT = 0.3;

	private final CaseFileRepository cases;

	private final CaseAccess access;

	SimilarCases(CaseFileRepository cases, CaseAccess access) {
		this.cases = cases;
		this.access = access;
	}

	/**
	 * Open cases that may be the same problem: at the same facility, within {@link #NEARBY_METRES}, or with a text
	 * at least {@link #SIMILAR_TEXT} alike in the same governorate and sector; most alike first.
	 */
	public List<SimilarCase> similar(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireFull(file, actor);
		CaseSummary self = file.toSummary();
		Set<CaseStatus> open = CaseStatus.followed();
		Map<Long, SimilarCase> found = new LinkedHashMap<>();
		PageRequest some = PageRequest.of(0, 50);
		if (self.facilityId() != null) {
			for (CaseFile other : cases.openAtFacility(self.facilityId(), open, self.id(), some)) {
				found.put(other.getId(), similar(self, other.toSummary(), SimilarCase.Reason.SAME_FACILITY));
			}
		}
		if (self.latitude() != null) {
			double dLat = NEARBY_METRES / 111_000.0;
			double dLon = dLat / Math.cos(Math.toRadians(self.latitude()));
			for (CaseFile other : cases.openWithin(self.latitude() - dLat, self.latitude() + dLat,
					self.longitude() - dLon, self.longitude() + dLon, open, self.id(), some)) {
				CaseSummary o = other.toSummary();
				if (Similarity.metres(self.latitude(), self.longitude(), o.latitude(), o.longitude()) <= NEARBY_METRES) {
					found.putIfAbsent(o.id(), similar(self, o, SimilarCase.Reason.NEARBY));
				}
			}
		}
		for (CaseFile other : cases.openInArea(self.governorateCode(), self.sectorCode(), open, self.id(),
				PageRequest.of(0, 500))) {
			CaseSummary o = other.toSummary();
			if (!found.containsKey(o.id())
					&& Similarity.of(self.title() + " " + self.description(), o.title() + " " + o.description())
							>= SIMILAR_TEXT) {
				found.put(o.id(), similar(self, o, SimilarCase.Reason.SIMILAR_TEXT));
			}
		}
		return found.values().stream()
			.sorted(Comparator.comparingDouble(SimilarCase::textSimilarity).reversed())
			.limit(10)
			.toList();
	}

	private static SimilarCase similar(CaseSummary self, CaseSummary other, SimilarCase.Reason reason) {
		double text = Similarity.of(self.title() + " " + self.description(), other.title() + " " + other.description());
		Double metres = self.latitude() != null && other.latitude() != null
				? Similarity.metres(self.latitude(), self.longitude(), other.latitude(), other.longitude()) : null;
		return new SimilarCase(other.reference(), other.title(), other.status(), reason, text, metres);
	}
}
