package ps.rasd.polls.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import ps.rasd.polls.analysis.PopulationTargetTable;
import ps.rasd.shared.Csv;
import ps.rasd.shared.LocalizedText;

/**
 * The seed population targets of polls, from {@code polls/targets} on the class path (see its README): governorate
 * totals of the 2017 census, national sex counts of 2017, and age shares among adults derived from the 2017 national
 * shares. Starting points only: a poll copies them into its own editable targets. Locality type and education have no
 * seed.
 */
@Component
public class PopulationTargetSeeds {

	static final String FOLDER = "polls/targets/";

	private final List<PopulationTargetTable> tables;

	/** Reads the tables once. */
	public PopulationTargetSeeds() {
		this.tables = load();
	}

	/** Every seed table: governorate, sex, age group. */
	public List<PopulationTargetTable> all() {
		return tables;
	}

	/** The seed table of a variable code, if there is one. */
	public Optional<PopulationTargetTable> table(String variable) {
		return tables.stream().filter(t -> t.variable().equals(variable)).findFirst();
	}

	/** Reads the tables from the class path. */
	public static List<PopulationTargetTable> load() {
		List<PopulationTargetTable> tables = new ArrayList<>();
		for (CSVRecord table : Csv.classpath(FOLDER + "tables.csv")) {
			List<PopulationTargetTable.Row> rows = table.get("file").startsWith("governorates")
					? governorates(table.get("file")) : rows(table.get("file"));
			tables.add(new PopulationTargetTable(table.get("variable"),
					new LocalizedText(table.get("label_ar"), table.get("label_en")), table.get("source"),
					Integer.valueOf(table.get("year")), rows, PopulationTargetTable.Kind.valueOf(table.get("kind"))));
		}
		return List.copyOf(tables);
	}

	private static List<PopulationTargetTable.Row> governorates(String file) {
		return Csv.classpath(FOLDER + file).stream()
			.map(r -> new PopulationTargetTable.Row(r.get("pcbs_code"),
					new LocalizedText(r.get("name_ar"), r.get("name_en_pcbs")),
					Double.parseDouble(r.get("census2017_counted_total_t2"))))
			.toList();
	}

	private static List<PopulationTargetTable.Row> rows(String file) {
		return Csv.classpath(FOLDER + file).stream()
			.map(r -> new PopulationTargetTable.Row(r.get("category"), new LocalizedText(r.get("label_ar"),
					r.get("label_en")), Double.parseDouble(r.get("value"))))
			.toList();
	}
}
