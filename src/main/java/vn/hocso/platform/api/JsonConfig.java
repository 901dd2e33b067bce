package vn.hocso.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON keeps null fields ("validTo": null), so clients see the same keys in every answer. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The same JSON outside JAX-RS (answers written during authentication). */
    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }
}
