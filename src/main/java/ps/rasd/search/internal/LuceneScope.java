package ps.rasd.search.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.Scope;

/**
 * Renders a {@link Scope} to a Lucene filter over the fields {@link DocumentMapper} writes, and reads the same facts
 * back from a stored document, so a hit is shown as the rule says ({@link Scope#test}). An embargo is kept in the
 * index as a day (0 for none) and compared with the day in Palestine when the query runs, so an embargo ends without
 * touching the index.
 */
final class LuceneScope {

	private LuceneScope() {
	}

	/** The filter that holds for the documents in the scope. */
	static Query where(Scope scope) {
		if (scope instanceof Scope.Everything) {
			return new MatchAllDocsQuery();
		}
		if (scope instanceof Scope.InGovernorates g) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			g.governorates().stream().sorted().forEach(code -> any.add(
					new TermQuery(new Term(DocumentMapper.facetField("governorate"), code)), Occur.SHOULD));
			return any.build();
		}
		if (scope instanceof Scope.OwnedBy o) {
			return new TermQuery(new Term(DocumentMapper.OWNER, Long.toString(o.accountId())));
		}
		if (scope instanceof Scope.AssignedTo a) {
			return new TermQuery(new Term(DocumentMapper.ASSIGNEE, Long.toString(a.accountId())));
		}
		if (scope instanceof Scope.SharedWith s) {
			return new TermQuery(new Term(DocumentMapper.ORGANISATION, Long.toString(s.organisationId())));
		}
		if (scope instanceof Scope.Released r) {
			BooleanQuery.Builder tiers = new BooleanQuery.Builder();
			r.tiers().stream().sorted().forEach(
					t -> tiers.add(new TermQuery(new Term(DocumentMapper.TIER, t.name())), Occur.SHOULD));
			return new BooleanQuery.Builder().add(tiers.build(), Occur.FILTER)
				.add(LongPoint.newRangeQuery(DocumentMapper.EMBARGO, Long.MIN_VALUE, r.today().toEpochDay()),
						Occur.FILTER)
				.build();
		}
		if (scope instanceof Scope.AnyOf any) {
			BooleanQuery.Builder or = new BooleanQuery.Builder();
			any.scopes().forEach(part -> or.add(where(part), Occur.SHOULD));
			return or.build();
		}
		return new MatchNoDocsQuery();
	}

	/** The facts of a stored document, as the read rules test them. */
	static AccessFacts facts(Document doc) {
		String embargo = doc.get(DocumentMapper.EMBARGO);
		long day = embargo == null ? 0 : Long.parseLong(embargo);
		String owner = doc.get(DocumentMapper.OWNER);
		String organisation = doc.get(DocumentMapper.ORGANISATION);
		Set<Long> assignees = new HashSet<>();
		for (IndexableField field : doc.getFields(DocumentMapper.ASSIGNEE)) {
			assignees.add(Long.valueOf(field.stringValue()));
		}
		String tier = doc.get(DocumentMapper.TIER);
		return new AccessFacts(doc.get(DocumentMapper.facetField("governorate")),
				tier == null ? Tier.INTERNAL : Tier.valueOf(tier),
				day == 0 ? null : AccessFacts.startOf(LocalDate.ofEpochDay(day)),
				owner == null ? null : Long.valueOf(owner), assignees,
				organisation == null ? null : Long.valueOf(organisation));
	}
}
