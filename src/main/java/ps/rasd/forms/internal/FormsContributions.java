package ps.rasd.forms.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.forms.FormsManagement;
import ps.rasd.shared.spi.DemoSeed;

/**
 * What the forms module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class FormsContributions {

	/** Contributes: {@link DemoSeed}. */
	@Bean
	DemoForms demoForms(FormsManagement forms) {
		return new DemoForms(forms);
	}
}
