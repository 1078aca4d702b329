package org.amicus.platform.internal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/** The title and terms of the OpenAPI description at /v3/api-docs. */
@Configuration
class OpenApiDescription {

    @Bean
    OpenAPI amicusOpenApi() {
        return new OpenAPI().info(new Info()
            .title("Amicus API")
            .version("v1")
            .description("The open data of the coalition: every state and its Rome Statute record, on any date (asOf) "
                    + "and as known at any moment (knownAt). Reading is open; writing needs a staff account (HTTP Basic). "
                    + "Errors are RFC 9457 problem details.")
            .license(new License().name("Data: sources cited per fact; see docs/data.md")));
    }
}
