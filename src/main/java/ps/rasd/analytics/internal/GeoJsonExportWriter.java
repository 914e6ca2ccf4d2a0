package ps.rasd.analytics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ExportColumn;

/**
 * GeoJSON (RFC 7946): a FeatureCollection with one Feature per row, its point from the row's latitude and longitude
 * columns and every other column as a property under its key. A row without coordinates is kept, as a Feature with a
 * null geometry (RFC 7946, 3.2), so the file holds the same rows as the CSV and the XLSX.
 */
final class GeoJsonExportWriter implements ExportWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final OutputStream out;

	private JsonGenerator json;

	private List<ExportColumn> columns;

	private int latitude = -1;

	private int longitude = -1;

	GeoJsonExportWriter(OutputStream out) {
		this.out = out;
	}

	@Override
	public void begin(LocalizedText title, List<ExportColumn> columns) throws IOException {
		this.columns = columns;
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).type() == ExportColumn.Type.LATITUDE) {
				latitude = i;
			}
			else if (columns.get(i).type() == ExportColumn.Type.LONGITUDE) {
				longitude = i;
			}
		}
		json = MAPPER.createGenerator(out, JsonEncoding.UTF8);
		json.writeStartObject();
		json.writeStringProperty("type", "FeatureCollection");
		json.writeName("features");
		json.writeStartArray();
	}

	@Override
	public void row(Object[] values) throws IOException {
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeName("geometry");
		Object lat = latitude < 0 ? null : values[latitude];
		Object lon = longitude < 0 ? null : values[longitude];
		if (lat instanceof Number && lon instanceof Number) {
			json.writeStartObject();
			json.writeStringProperty("type", "Point");
			json.writeName("coordinates");
			json.writeStartArray();
			json.writeNumber(((Number) lon).doubleValue());
			json.writeNumber(((Number) lat).doubleValue());
			json.writeEndArray();
			json.writeEndObject();
		}
		else {
			json.writeNull();
		}
		json.writeName("properties");
		json.writeStartObject();
		for (int i = 0; i < values.length; i++) {
			if (i != latitude && i != longitude) {
				json.writeName(columns.get(i).key());
				value(values[i]);
			}
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private void value(Object value) {
		if (value == null) {
			json.writeNull();
		}
		else if (value instanceof BigDecimal) {
			json.writeNumber((BigDecimal) value);
		}
		else if (value instanceof Long || value instanceof Integer) {
			json.writeNumber(((Number) value).longValue());
		}
		else if (value instanceof Number) {
			json.writeNumber(((Number) value).doubleValue());
		}
		else if (value instanceof LocalDate) {
			json.writeString(value.toString());
		}
		else {
			json.writeString(value.toString());
		}
	}

	@Override
	public void finish() throws IOException {
		json.writeEndArray();
		json.writeEndObject();
		json.flush();
	}
}
