package ps.rasd.search.internal;

import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import ps.rasd.shared.spi.SearchDocument;

/** Turns a module's {@link SearchDocument} into the fields of the index. */
final class DocumentMapper {

	static final String ID = "id";

	static final String TYPE = "type";

	static final String KEY = "key";

	static final String REFERENCE = "reference";

	static final String REFERENCE_KEY = "reference_key";

	static final String TITLE_AR = "title_ar";

	static final String TITLE_EN = "title_en";

	static final String NAME_KEY = "name_key";

	static final String TIER = "tier";

	static final String EMBARGO = "embargo";

	static final String OWNER = "owner";

	/** The accounts a record is assigned to (a follow-up to check), one field each. */
	static final String ASSIGNEE = "assignee";

	/** The partner organisation a record is shared with by name. */
	static final String ORGANISATION = "organisation";

	static final String URL = "url";

	static final String STAFF_URL = "staff_url";

	/** The facets, each indexed for filtering and as doc values for counting. */
	static final List<String> FACETS = List.of("type", "governorate", "sector", "status", "year");

	/** Stored with positions and offsets, so that snippets are cut without analysing the text again. */
	private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

	static {
		HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED.freeze();
	}

	private DocumentMapper() {
	}

	static String id(String type, String key) {
		return type + ":" + key;
	}

	static String facetField(String facet) {
		return "f_" + facet;
	}

	static Document toLucene(SearchDocument source) {
		Document doc = new Document();
		doc.add(new StringField(ID, id(source.type(), source.key()), Field.Store.YES));
		doc.add(new StoredField(KEY, source.key()));
		if (source.reference() != null) {
			doc.add(new StoredField(REFERENCE, source.reference()));
			doc.add(new StringField(REFERENCE_KEY, source.reference().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
		}
		doc.add(new StoredField(TITLE_AR, source.title().ar()));
		if (source.title().en() != null) {
			doc.add(new StoredField(TITLE_EN, source.title().en()));
		}
		for (String name : source.names()) {
			doc.add(new TextField(Analyzers.NAME, name, Field.Store.NO));
			doc.add(new StringField(NAME_KEY, Analyzers.nameKey(name), Field.Store.NO));
			doc.add(new TextField(Analyzers.ENGLISH, name, Field.Store.NO));
		}
		doc.add(new Field(Analyzers.ARABIC, join(source.title().ar(), source.publicText()), HIGHLIGHTED));
		if (source.title().en() != null) {
			doc.add(new TextField(Analyzers.ENGLISH, source.title().en(), Field.Store.NO));
		}
		if (source.internalText() != null && !source.internalText().isBlank()) {
			doc.add(new Field(Analyzers.INTERNAL, source.internalText(), HIGHLIGHTED));
		}
		facet(doc, "type", source.type());
		facet(doc, "governorate", source.governorateCode());
		facet(doc, "sector", source.sectorCode());
		facet(doc, "status", source.status());
		facet(doc, "year", source.year() == null ? null : source.year().toString());
		doc.add(new StringField(TIER, source.tier().name(), Field.Store.YES));
		long embargo = source.embargoUntil() == null ? 0 : source.embargoUntil().toEpochDay();
		doc.add(new LongPoint(EMBARGO, embargo));
		doc.add(new StoredField(EMBARGO, embargo));
		if (source.ownerAccountId() != null) {
			doc.add(new StringField(OWNER, source.ownerAccountId().toString(), Field.Store.YES));
		}
		for (Long assignee : source.assigneeIds()) {
			doc.add(new StringField(ASSIGNEE, assignee.toString(), Field.Store.YES));
		}
		if (source.organisationId() != null) {
			doc.add(new StringField(ORGANISATION, source.organisationId().toString(), Field.Store.YES));
		}
		doc.add(new StoredField(URL, source.url()));
		if (source.staffUrl() != null) {
			doc.add(new StoredField(STAFF_URL, source.staffUrl()));
		}
		return doc;
	}

	private static void facet(Document doc, String facet, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		doc.add(new StringField(facetField(facet), value, Field.Store.YES));
		doc.add(new SortedSetDocValuesField(facetField(facet), new BytesRef(value)));
	}

	private static String join(String title, String text) {
		return text == null || text.isBlank() ? title : title + "\n" + text;
	}
}
