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

    static String jsonArray(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
