package ps.rasd.cases.web;

import java.time.Clock;

import org.springframework.stereotype.Component;

import ps.rasd.cases.CasesProperties;
import ps.rasd.shared.AddressThrottle;

/** At most {@code rasd.cases.complaints-per-hour} public complaints per address in any hour. */
@Component
class ComplaintThrottle {

	private final AddressThrottle throttle;

	ComplaintThrottle(CasesProperties properties, Clock clock) {
		this.throttle = new AddressThrottle(properties.complaintsPerHour(), clock);
	}

	/** Counts an attempt from the address; false when it is one too many. */
	boolean allow(String address) {
		return throttle.allow(address);
	}
}
