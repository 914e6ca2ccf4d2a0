package ps.rasd.registry;

/**
 * A facility near a point, with its distance.
 *
 * @param facility the facility
 * @param km how far it is from the point, in kilometres (great-circle)
 */
public record NearbyFacility(FacilitySummary facility, double km) {

	/** The great-circle distance between two points, in kilometres. */
	public static double km(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, h)));
	}
}
