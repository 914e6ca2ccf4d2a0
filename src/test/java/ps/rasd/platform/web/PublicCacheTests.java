package ps.rasd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.support.IntegrationTest;

/** Public pages read anonymously carry an ETag and a short public cache; signed-in pages and forms do not. */
@IntegrationTest
class PublicCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ps.rasd.identity.IdentityManagement identity;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void anAnonymousReaderGetsA304TheSecondTime() {
		MvcTestResult first = mvc.get().uri("/governorates").exchange();
		assertThat(first).hasStatusOk();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=60");
		assertThat(mvc.get().uri("/governorates").header("If-None-Match", etag).exchange()).hasStatus(304);
	}

	@Test
	void formsAndSignedInPagesAreNotCachedPublicly() {
		assertThat(mvc.get().uri("/complaint").exchange().getResponse().getHeader("Cache-Control"))
			.doesNotContain("public");
		assertThat(mvc.get().uri("/governorates").with(user(users.loadUserByUsername(
				ps.rasd.support.AccountFixtures.hebronCoordinator(identity).username()))).exchange().getResponse()
			.getHeader("Cache-Control")).doesNotContain("public");
	}
}
