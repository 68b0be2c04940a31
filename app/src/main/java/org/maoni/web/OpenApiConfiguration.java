package org.maoni.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the HTTP API in the OpenAPI document at {@code /v3/api-docs}: reading is public, writing uses a staff role. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI maoniOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Maoni API")
                        .version("1")
                        .description("Public participation in draft legislation: bills, versions and their provision"
                                + " trees. Reading is public; writing needs a staff role (HTTP Basic for scripts)."
                                + " Errors are RFC 9457 problem details with a type urn:maoni:problem:<slug>.")
                        .license(new License().name("Project licence")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
