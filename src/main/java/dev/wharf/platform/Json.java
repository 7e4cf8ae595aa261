package dev.wharf.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping of the gateway: snake_case names (record components are camelCase), decimals as
 * {@link java.math.BigDecimal} (money is never a double) and written in plain notation ({@code 10}, never
 * {@code 1E+1}, which a BigDecimal from {@code stripTrailingZeros()} would otherwise give), nulls left out of
 * requests, unknown fields ignored, field names matched regardless of case ({@code Product_Info}). Trees
 * ({@link com.fasterxml.jackson.databind.JsonNode}, e.g. an envelope's content) keep decimals exactly as sent:
 * Jackson's default strips trailing zeros there, turning {@code 10.00} into {@code 1E+1}.
 */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
