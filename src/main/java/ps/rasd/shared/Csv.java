package ps.rasd.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reading the CSV files shipped with the application (UTF-8, a header row). */
public final class Csv {

	/** RFC 4180 with a header row; a UTF-8 byte-order mark is ignored. */
	public static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(true).get();

	private Csv() {
	}

	/** Every record of a CSV file on the class path. */
	public static List<CSVRecord> classpath(String path) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return WITH_HEADER.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}
}
