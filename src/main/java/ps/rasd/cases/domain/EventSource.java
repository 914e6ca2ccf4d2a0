package ps.rasd.cases.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * An aggregate that registers its events as it changes; its repository publishes them when it saves it (within the
 * transaction: Modulith's listeners get them after commit). An event is built when published, so a new aggregate's
 * events carry the id it got when stored. Not persistent state.
 *
 * @param <T> the aggregate
 */
abstract class EventSource<T extends EventSource<T>> {

	private final transient List<Function<T, Object>> pending = new ArrayList<>();

	/** Registers an event, built from the aggregate when it is published. */
	protected void register(Function<T, Object> event) {
		pending.add(event);
	}

	/** Forgets the events not yet published: demo data is stored as it stood, without announcing each step. */
	@SuppressWarnings("unchecked")
	public T withoutEvents() {
		pending.clear();
		return (T) this;
	}

	@DomainEvents
	@SuppressWarnings("unchecked")
	Collection<Object> domainEvents() {
		return pending.stream().map(f -> f.apply((T) this)).toList();
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		pending.clear();
	}
}
