package dev.wharf.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;

/**
 * The gateway's JSON envelope for {@link GatewayClient}: writes the signed request body (fresh nonce per attempt)
 * and reads an answer's {@code code}, {@code message} and {@code content}.
 */
final class GatewayEnvelope {
    private static final String NONCE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final SecureRandom random = new SecureRandom();

    GatewayEnvelope(GatewayConfig config, ObjectMapper mapper) {
        this.config = Objects.requireNonNull(config, "config");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The request body: the envelope for {@code method} stamped {@code now}, signed with the app secret. */
    String signedBody(String method, Instant now, String bizJson) {
        GatewayRequest signed = GatewayRequest.signed(config.appId(), config.appSecret(), config.authCode(), method,
                GatewayTime.format(now), nonce(), bizJson);
        return toJson(method, signed);
    }

    /** {@code value} as JSON; IllegalArgumentException naming the method when it cannot be written. */
    String toJson(String method, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(method + ": business parameters cannot be written as JSON", e);
        }
    }

    /** The envelope in {@code text}, or null when the text is not one (not JSON, not an object, no usable code). */
    static Reply parse(ObjectMapper mapper, String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        JsonNode codeNode = root == null || !root.isObject() ? null : root.get("code");
        if (codeNode == null || !codeNode.isValueNode() || codeNode.isNull()) {
            return null;
        }
        JsonNode messageNode = root.get("message");
        String message = messageNode == null || messageNode.isNull() ? null : messageNode.asText();
        return new Reply(codeNode.asText(), message, root.get("content"));
    }

    private String nonce() {
        char[] out = new char[GatewayClient.NONCE_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = NONCE_ALPHABET.charAt(random.nextInt(NONCE_ALPHABET.length()));
        }
        return new String(out);
    }

    /** An answer envelope: its code, message (may be null) and content (may be null). */
    record Reply(String code, String message, JsonNode content) {
        /** The content of a 0000 answer; otherwise the {@link ApiException} for the code. */
        JsonNode contentOrThrow(String method, Instant serverTime) {
            if (!ApiCode.SUCCESS.code().equals(code)) {
                throw ApiException.of(method, code, message, serverTime);
            }
            return content;
        }
    }
}
