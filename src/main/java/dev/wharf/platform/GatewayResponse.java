package dev.wharf.platform;

import com.fasterxml.jackson.databind.JsonNode;

/** The gateway's answer: a public code, a message, and the method's content object. */
public record GatewayResponse(String code, String message, JsonNode content) {
    public static GatewayResponse ok(JsonNode content) {
        return new GatewayResponse(ApiCode.SUCCESS.code(), "", content);
    }

    public static GatewayResponse error(ApiCode code, String message) {
        return new GatewayResponse(code.code(), message, null);
    }
}
