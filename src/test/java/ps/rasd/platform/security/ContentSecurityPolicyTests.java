package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The map's tile host, when one is configured, is the only image source the policy adds to the site itself. */
class ContentSecurityPolicyTests {

	@Test
	void withoutTilesImagesComeFromTheSiteOnly() {
		assertThat(SecurityConfig.contentSecurityPolicy("")).contains("img-src 'self' data:;")
			.isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
		assertThat(SecurityConfig.contentSecurityPolicy(null)).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
	}

	@Test
	void theTileHostOfTheTemplateIsAllowedAsAnImageSource() {
		assertThat(SecurityConfig.contentSecurityPolicy("https://tiles.example.org/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://tiles.example.org;", "script-src 'self';", "connect-src 'self';");
		assertThat(SecurityConfig.contentSecurityPolicy("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://*.tile.openstreetmap.org;");
		assertThat(SecurityConfig.contentSecurityPolicy("http://localhost:8081/tiles/{z}/{x}/{y}.png?key=k"))
			.contains("img-src 'self' data: http://localhost:8081;");
	}

	@Test
	void aTemplateThatIsNotAPlainWebAddressAddsNothing() {
		for (String odd : new String[] { "javascript:alert(1)", "https://a.example.org; script-src *",
				"https://user@tiles.example.org/{z}", "ftp://tiles.example.org/{z}", "//tiles.example.org/{z}",
				"https://tiles.{s}.example.org/{z}" }) {
			assertThat(SecurityConfig.contentSecurityPolicy(odd)).as(odd)
				.isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
		}
	}
}
