package ps.rasd.search.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** The search outbox at {@code /actuator/prometheus}: the records waiting for the index, and how long the oldest has. */
@Component
class SearchMetrics implements MeterBinder {

	private final IndexOutbox outbox;

	SearchMetrics(IndexOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("rasd.search.outbox.depth", () -> {
			try {
				return outbox.backlog().pending();
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
		}).description("records waiting to be indexed").register(registry);
		Gauge.builder("rasd.search.outbox.oldest", () -> {
			try {
				Instant oldest = outbox.backlog().oldest();
				return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toMillis() / 1000.0;
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
		}).baseUnit("seconds").description("how long the oldest waiting record has waited").register(registry);
	}
}
