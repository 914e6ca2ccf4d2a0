package ps.rasd.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ps.rasd.media.ReachEntry;
import ps.rasd.media.ReachImport.BadRow;
import ps.rasd.shared.DomainException;

class ReachCsvTests {

	@Test
	void readsAnArabicExportWhateverTheOrderOfItsColumns() {
		var read = ReachCsv.read(new StringReader("الوصول,التاريخ,المشاهدات\n\"١٬٢٠٠\",٢٠٢٦-١١-٠٣,٣٤٥\n"), "instagram");

		assertThat(read.entries())
			.containsExactly(new ReachEntry("instagram", LocalDate.of(2026, 11, 3), 345, 0, 1200, true));
		assertThat(read.bad()).isEmpty();
	}

	@Test
	void readsTheDateFormatsOfThePlatformsAndKeepsTheLastRowOfADay() {
		var read = ReachCsv.read(new StringReader("Date,Video views\n3/11/2026,5\n\"Nov 3, 2026\",7\n"
				+ "2026-11-04T00:00:00,9\n2026/11/05,1.0\n"), "facebook");

		assertThat(read.entries()).extracting(ReachEntry::countedOn, ReachEntry::views)
			.containsExactly(tuple(LocalDate.of(2026, 11, 3), 7L), tuple(LocalDate.of(2026, 11, 4), 9L),
					tuple(LocalDate.of(2026, 11, 5), 1L));
	}

	@Test
	void leavesOutRowsItCannotReadAndSaysWhy() {
		var read = ReachCsv.read(new StringReader("Date,Views\n2026-11-03,-4\n31/02/2026,1\n2026-11-04,12\n"), "x");

		assertThat(read.rows()).isEqualTo(3);
		assertThat(read.entries()).hasSize(1);
		assertThat(read.bad()).containsExactly(new BadRow(2, "media.reach.bad-number", "-4"),
				new BadRow(3, "media.reach.bad-date", "31/02/2026"));
	}

	@Test
	void refusesAFileWithoutDatesOrFigures() {
		assertThatThrownBy(() -> ReachCsv.read(new StringReader("Day,Comments\n2026-11-03,4\n"), "x"))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "media.reach.no-figures-column");
	}
}
