package ps.rasd.analytics.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The export form: what to export, in which format, with which filters. */
public class ExportForm {

	private String source = "cases";

	private String format = "csv";

	private String governorate;

	private String sector;

	private String from;

	private String to;

	private boolean hxl;

	/** The filters as the facade reads them. */
	Map<String, String> filters() {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("governorate", governorate);
		filters.put("sector", sector);
		filters.put("from", from);
		filters.put("to", to);
		filters.put("hxl", String.valueOf(hxl));
		return filters;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getFormat() {
		return format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	public String getGovernorate() {
		return governorate;
	}

	public void setGovernorate(String governorate) {
		this.governorate = governorate;
	}

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public boolean isHxl() {
		return hxl;
	}

	public void setHxl(boolean hxl) {
		this.hxl = hxl;
	}
}
