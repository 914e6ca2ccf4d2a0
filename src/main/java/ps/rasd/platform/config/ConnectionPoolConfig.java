package ps.rasd.platform.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The connection pool sized for the machine ({@link ConnectionPoolSizing}). */
@Configuration(proxyBeanMethods = false)
class ConnectionPoolConfig {

	@Bean
	static ConnectionPoolSizing connectionPoolSizing(Environment environment) {
		return new ConnectionPoolSizing(environment);
	}
}
