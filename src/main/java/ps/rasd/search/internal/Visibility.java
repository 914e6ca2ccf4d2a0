package ps.rasd.search.internal;

import java.time.LocalDate;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;

/**
 * Who finds what. Everyone finds what is public today: tier {@code PUBLIC} and no embargo left (checked at query
 * time, so an embargo ends without touching the index). Staff also find, with their internal text, the records they
 * may work on, as the cases queue lets them: administrators and analysts all; coordinators those of their
 * governorates; partners what is shared with partners; anyone what they filed themselves.
 */
final class Visibility {

	private final RasdPrincipal viewer;

	private final long today;

	Visibility(RasdPrincipal viewer, LocalDate today) {
		this.viewer = viewer;
		this.today = today.toEpochDay();
	}

	/** What anyone may find. */
	Query publicFilter() {
		return new BooleanQuery.Builder()
			.add(new TermQuery(new Term(DocumentMapper.TIER, Tier.PUBLIC.name())), Occur.FILTER)
			.add(LongPoint.newRangeQuery(DocumentMapper.EMBARGO, Long.MIN_VALUE, today), Occur.FILTER)
			.build();
	}

	/** What this person may find as staff, with internal text; {@code null} when nothing beyond the public. */
	Query staffFilter() {
		if (viewer == null) {
			return null;
		}
		if (viewer.isAdmin() || viewer.hasRole("ANALYST")) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		if (viewer.hasRole("COORDINATOR")) {
			for (String governorate : viewer.governorateCodes()) {
				any.add(new TermQuery(new Term(DocumentMapper.facetField("governorate"), governorate)), Occur.SHOULD);
			}
		}
		if (viewer.hasRole("PARTNER")) {
			any.add(new TermQuery(new Term(DocumentMapper.TIER, Tier.PARTNERS.name())), Occur.SHOULD);
			any.add(new TermQuery(new Term(DocumentMapper.TIER, Tier.PUBLIC.name())), Occur.SHOULD);
		}
		if (viewer.accountId() > 0) {
			any.add(new TermQuery(new Term(DocumentMapper.OWNER, Long.toString(viewer.accountId()))), Occur.SHOULD);
		}
		BooleanQuery built = any.build();
		return built.clauses().isEmpty() ? null : built;
	}

	/** Whether this person sees the stored document as staff (the same rule as {@link #staffFilter()}). */
	boolean staffSees(Document doc) {
		if (viewer == null) {
			return false;
		}
		if (viewer.isAdmin() || viewer.hasRole("ANALYST")) {
			return true;
		}
		String governorate = doc.get(DocumentMapper.facetField("governorate"));
		String tier = doc.get(DocumentMapper.TIER);
		String owner = doc.get(DocumentMapper.OWNER);
		return (viewer.hasRole("COORDINATOR") && governorate != null && viewer.governorateCodes().contains(governorate))
				|| (viewer.hasRole("PARTNER") && (Tier.PARTNERS.name().equals(tier) || Tier.PUBLIC.name().equals(tier)))
				|| (owner != null && viewer.accountId() > 0 && owner.equals(Long.toString(viewer.accountId())));
	}
}
