package ps.rasd.cases.web;

import org.springframework.stereotype.Component;

import ps.rasd.cases.CasesProperties;
import ps.rasd.shared.AddressThrottle;
import ps.rasd.shared.AddressThrottles;

/**
 * At most {@code rasd.cases.complaints-per-hour} public complaints at once per address, given back over an hour;
 * counted across every node on PostgreSQL.
 */
@Component
class ComplaintThrottle {

	private final AddressThrottle throttle;

	ComplaintThrottle(CasesProperties properties, AddressThrottles throttles) {
		this.throttle = throttles.perHour("cases.complaint", properties.complaintsPerHour());
	}

	/** Counts an attempt from the address; false when it is one too many. */
	boolean allow(String address) {
		return throttle.allow(address);
	}
}
