package ps.rasd.polls.web;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.polls.WeightingSettings;
import ps.rasd.polls.analysis.WeightingPlan;

/** The weighting page's form; numbers are kept as typed so a bad entry comes back as it was. */
public class WeightingForm {

	private String method = "RAKING";

	private boolean designWeights;

	private List<String> tables = new ArrayList<>();

	private String cellTable = "";

	private String tolerance = "";

	private String maxIterations = "";

	private String trimLower = "";

	private String trimUpper = "";

	static WeightingForm of(WeightingSettings s) {
		WeightingForm f = new WeightingForm();
		f.method = s.method().name();
		f.designWeights = s.designWeights();
		if (s.method() == WeightingPlan.Method.POST_STRATIFICATION && !s.targetTables().isEmpty()) {
			f.cellTable = String.valueOf(s.targetTables().get(0));
		}
		else {
			f.tables = new ArrayList<>(s.targetTables().stream().map(String::valueOf).toList());
		}
		f.tolerance = String.valueOf(s.tolerance());
		f.maxIterations = String.valueOf(s.maxIterations());
		f.trimLower = s.trimLower() == null ? "" : String.valueOf(s.trimLower());
		f.trimUpper = s.trimUpper() == null ? "" : String.valueOf(s.trimUpper());
		return f;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public boolean isDesignWeights() {
		return designWeights;
	}

	public void setDesignWeights(boolean designWeights) {
		this.designWeights = designWeights;
	}

	public List<String> getTables() {
		return tables;
	}

	public void setTables(List<String> tables) {
		this.tables = tables;
	}

	public String getCellTable() {
		return cellTable;
	}

	public void setCellTable(String cellTable) {
		this.cellTable = cellTable;
	}

	public String getTolerance() {
		return tolerance;
	}

	public void setTolerance(String tolerance) {
		this.tolerance = tolerance;
	}

	public String getMaxIterations() {
		return maxIterations;
	}

	public void setMaxIterations(String maxIterations) {
		this.maxIterations = maxIterations;
	}

	public String getTrimLower() {
		return trimLower;
	}

	public void setTrimLower(String trimLower) {
		this.trimLower = trimLower;
	}

	public String getTrimUpper() {
		return trimUpper;
	}

	public void setTrimUpper(String trimUpper) {
		this.trimUpper = trimUpper;
	}

	/** Whether a table id is chosen (for the selects). */
	public boolean chosen(long id) {
		return tables.contains(String.valueOf(id));
	}
}
