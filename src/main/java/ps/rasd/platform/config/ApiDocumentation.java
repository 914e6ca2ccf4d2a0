package ps.rasd.platform.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.shared.RasdProperties;

/** The OpenAPI document of {@code /api/v1}: who we are, and how to sign requests (a personal bearer token). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI rasdOpenApi(RasdProperties properties) {
		return new OpenAPI()
			.info(new Info().title("Rasd API").version("v1")
				.description("Monitoring of public services in Palestine: governorates, places, sectors, authorities, "
						+ "facilities, forms, visits, cases, exports, reports. Lists are paged by cursor: follow the next "
						+ "link (in the body and the Link header); sort takes the orders each list names, limit the "
						+ "page size up to its maximum; unknown parameters are refused. "
						+ "Errors are RFC 9457 problem details in Arabic or English "
						+ "by Accept-Language. Sign requests with a personal token: Authorization: Bearer rasd_...")
				.license(new License().name("Data: see each dataset's licence")))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
						.description("A personal API token made at /account/tokens")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
