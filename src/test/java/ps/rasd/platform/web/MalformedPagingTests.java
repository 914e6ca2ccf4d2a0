package ps.rasd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

/**
 * Every list, public and staff, HTML and JSON, asked for pages out of range or malformed (huge, negative, past the
 * integers, in Arabic-Indic digits, not a number, a NUL byte): each answers a 400 or a page (empty or not), never a
 * 500. Also a NUL byte or nonsense in the filters of the lists.
 */
@IntegrationTest
class MalformedPagingTests {

	/** The lists, from the controllers and the sitemap; {@code staff} ones are asked as an administrator. */
	private static final List<String> PUBLIC_LISTS = List.of("/facilities", "/findings", "/findings/feed.atom",
			"/governorates/50", "/sectors", "/sectors/WATER", "/authorities", "/search?q=%D9%85%D9%8A%D8%A7%D9%87",
			"/opinion-polls", "/open311/v2/requests.json", "/open311/v2/requests.xml", "/open311/v2/services.json",
			"/api/v1/governorates", "/api/v1/places", "/api/v1/sectors", "/api/v1/indicators", "/api/v1/authorities",
			"/api/v1/facilities", "/api/v1/forms", "/api/v1/search?q=water", "/api/v1/opinion-polls", "/dashboards",
			"/map/data.geojson");

	private static final List<String> STAFF_LISTS = List.of("/cases", "/visits", "/rounds", "/team",
			"/admin/accounts", "/admin/audit", "/admin/mail", "/polls", "/api/v1/cases", "/api/v1/visits",
			"/api/v1/admin/accounts", "/api/v1/exports/jobs", "/api/v1/reports");

	private static final List<String> PAGING = List.of("page", "page_size", "size", "limit", "cursor");

	private static final List<String> VALUES = List.of("123456789", "2147483647", "-1", "99999999999999999999",
			"٢١٤٧٤٨٣٦٤٧", "abc", "\u0000", "1\u00002");

	private static final List<String> FILTERS = List.of("status", "q", "sector", "governorate", "sectorCode",
			"governorateCode", "facility", "service_code", "sort", "open", "from", "to", "kind", "start_date");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Test
	void noListAnswers500ToOutOfRangeOrMalformedPaging() {
		MonitoringFixtures.hebronHealthCentre(registry);
		RequestPostProcessor admin = user(users.loadUserByUsername(AccountFixtures.admin(identity).username()));
		List<String> failures = new ArrayList<>();
		for (String list : PUBLIC_LISTS) {
			walk(list, null, PAGING, VALUES, failures);
		}
		for (String list : STAFF_LISTS) {
			walk(list, admin, PAGING, VALUES, failures);
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void noListAnswers500ToANulOrNonsenseInItsFilters() {
		RequestPostProcessor admin = user(users.loadUserByUsername(AccountFixtures.admin(identity).username()));
		List<String> nonsense = List.of("\u0000", "x\u0000y", " ", "٩٩٩٩٩٩٩٩٩٩٩٩");
		List<String> failures = new ArrayList<>();
		for (String list : PUBLIC_LISTS) {
			walk(list, null, FILTERS, nonsense, failures);
		}
		for (String list : STAFF_LISTS) {
			walk(list, admin, FILTERS, nonsense, failures);
		}
		assertThat(failures).isEmpty();
	}

	private void walk(String list, RequestPostProcessor as, List<String> names, List<String> values,
			List<String> failures) {
		for (String name : names) {
			for (String value : values) {
				int status;
				try {
					MvcTestResult result = mvc.get().uri(list).param(name, value).with(as == null ? r -> r : as)
						.exchange();
					status = result.getResponse().getStatus();
				}
				catch (RuntimeException ex) {
					// an exception no handler answered: a 500 from the servlet container
					Throwable cause = ex.getCause() == null ? ex : ex.getCause();
					failures.add(list + " " + name + "=" + printable(value) + " threw " + cause);
					continue;
				}
				if (status >= 500) {
					failures.add(list + " " + name + "=" + printable(value) + " answered " + status);
				}
			}
		}
	}

	private static String printable(String value) {
		return value.replace("\u0000", "\\0");
	}
}
