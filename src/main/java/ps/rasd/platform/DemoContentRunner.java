package ps.rasd.platform;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.DemoSeed;

/** With {@code rasd.demo=true}, runs every module's {@link DemoSeed} in order once the application has started. */
@Component
@Profile("!command")
@Order(100)
class DemoContentRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContentRunner.class);

	private final RasdProperties properties;

	private final List<DemoSeed> seeds;

	DemoContentRunner(RasdProperties properties, List<DemoSeed> seeds) {
		this.properties = properties;
		this.seeds = seeds;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo()) {
			return;
		}
		log.info("Demo mode: loading demo content where it is missing");
		seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).forEach(DemoSeed::seed);
	}
}
