package vn.hocso.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "HọcSố API", version = "1",
        description = "Accounts, units, courses, classes, certificates and the Program 273 indicators. "
                + "Authenticate with HTTP Basic or the web session. Errors are {\"errors\":[{\"field\",\"message\"}]}; "
                + "messages follow Accept-Language (vi by default, en)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class HocsoApi extends Application {
}
