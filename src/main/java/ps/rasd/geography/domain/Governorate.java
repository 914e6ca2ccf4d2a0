package ps.rasd.geography.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.geography.GovernorateSummary;
import ps.rasd.shared.LocalizedText;

/** One of the 16 governorates, identified by its PCBS code. Reference data: loaded once, never edited in the UI. */
@Entity
@Table(name = "geography_governorate")
public class Governorate {

	@Id
	private String code;

	private String ochaPcode;

	private String isoCode;

	private String region;

	@Embedded
	private LocalizedText name;

	@Column(name = "name_en_ocha")
	private String nameEnOcha;

	@Column(name = "population_2017")
	private int population2017;

	private Double latitude;

	private Double longitude;

	private int sortOrder;

	protected Governorate() {
	}

	public Governorate(String code, String ochaPcode, String isoCode, String region, LocalizedText name,
			String nameEnOcha, int population2017, Double latitude, Double longitude, int sortOrder) {
		this.code = code;
		this.ochaPcode = ochaPcode;
		this.isoCode = isoCode;
		this.region = region;
		this.name = name;
		this.nameEnOcha = nameEnOcha;
		this.population2017 = population2017;
		this.latitude = latitude;
		this.longitude = longitude;
		this.sortOrder = sortOrder;
	}

	public String getCode() {
		return code;
	}

	public GovernorateSummary toSummary(long placeCount) {
		return new GovernorateSummary(code, ochaPcode, isoCode, region, name, population2017, latitude, longitude,
				placeCount);
	}
}
