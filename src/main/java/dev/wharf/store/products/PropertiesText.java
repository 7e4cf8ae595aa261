package dev.wharf.store.products;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A SKU's {@code properties} column (JSON array of {name, value, pic_url}) as one line: "颜色: 红色, 尺码: 36". */
final class PropertiesText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PropertiesText() {
    }

    static String of(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (!node.isArray()) {
                return node.isTextual() ? node.asText() : "";
            }
            List<String> parts = new ArrayList<>();
            for (JsonNode p : node) {
                String name = p.path("name").asText("");
                String value = p.path("value").asText("");
                parts.add(name.isEmpty() ? value : name + ": " + value);
            }
            return String.join(", ", parts);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** Properties as the column keeps them: [{"name": …, "value": …}]. */
    static String jsonOf(List<dev.wharf.platform.dto.SkuInfo.SkuProperty> properties) {
        List<java.util.Map<String, String>> out = new ArrayList<>();
        for (dev.wharf.platform.dto.SkuInfo.SkuProperty p : properties) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("name", p.name());
            m.put("value", p.value());
            out.add(m);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String jsonArray(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
