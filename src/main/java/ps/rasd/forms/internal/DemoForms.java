package ps.rasd.forms.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

import ps.rasd.forms.FormsManagement;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.shared.spi.DemoSeed;

/** The two demo scorecards, a primary health centre and a public school, imported and published. */
class DemoForms implements DemoSeed {

	private final FormsManagement forms;

	DemoForms(FormsManagement forms) {
		this.forms = forms;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void seed() {
		publish("health-centre", "HEALTH");
		publish("school", "EDUCATION");
	}

	private void publish(String code, String sector) {
		if (forms.form(code).isPresent()) {
			return;
		}
		try {
			String json = new ClassPathResource("data/demo/forms/" + code + ".json")
				.getContentAsString(StandardCharsets.UTF_8);
			var form = forms.importJson(code, sector, json, new SystemPrincipal());
			forms.publish(form.id(), new SystemPrincipal());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
