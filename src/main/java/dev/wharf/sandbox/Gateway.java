package dev.wharf.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.wharf.platform.ApiCode;
import dev.wharf.platform.GatewayRequest;
import dev.wharf.platform.GatewayResponse;
import dev.wharf.platform.Json;
import dev.wharf.platform.Methods;
import dev.wharf.platform.Signer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's request pipeline, independent of HTTP: checks one call the way the real gateway does and runs its
 * method. Every answer is a {@link GatewayResponse} with a public code.
 *
 * <p>Checks, in this order (the first that fails answers):
 * <ol>
 *   <li>the URL's {@code app_id} and {@code method} are present → else 0001;
 *   <li>the body is a JSON object whose envelope fields are strings → else 0001 (malformed envelope);
 *   <li>{@code sign_method}, {@code auth_code}, {@code timestamp}, {@code nonce_str} and {@code sign} are present
 *       and non-empty, {@code sign_method} is {@code MD5}, an {@code app_id} or {@code method} repeated in the body
 *       equals the URL's, {@code nonce_str} has at most 32 characters → else 0001;
 *   <li>the {@code app_id} is the sandbox shop's and the {@code auth_code} matches → else 0002;
 *   <li>the {@code timestamp} is {@code yyyy-MM-dd HH:mm:ss} (GMT+8) within ±10 minutes of the server's wall clock
 *       → else 0003;
 *   <li>the {@code sign} matches {@link Signer} over the URL's {@code app_id} and {@code method} plus the body's
 *       {@code sign_method}, {@code auth_code}, {@code timestamp}, {@code nonce_str} and {@code biz_content}
 *       → else 0004;
 *   <li>the nonce was not used by this app in the last 10 minutes → else 0001 with message
 *       {@code "nonce already used"}. The handbook does not say how the platform answers a replay; 0001 (invalid
 *       parameter) is the sandbox's choice: the request is well-formed and signed, only its nonce is spent. Only a
 *       correctly signed request spends its nonce, so nobody can burn someone else's nonces;
 *   <li>the method, after the handbook's aliases ({@link Methods#canonical}), is registered → else 0005;
 *   <li>{@code biz_content}, when present, is a JSON object → else 0006;
 *   <li>the business parameters bind to the method's record (types) and pass the method's own checks (required
 *       fields, page_rows 1–100, …) → else 0001;
 *   <li>optional fault injection ({@link SandboxConfig#faultEvery}) → 0009 without running the method;
 *   <li>the method runs; an unexpected failure inside it answers 0009.
 * </ol>
 */
public final class Gateway {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(10);
    static final int MAX_NONCE_LENGTH = 32;
    private static final DateTimeFormatter STRICT_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final ObjectMapper mapper = Json.mapper();
    private final ObjectMapper contentMapper =
            Json.mapper().copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    private final Credentials credentials;
    private final Clock wallClock;
    private final MethodRegistry registry;
    private final NonceRegistry nonces;
    private final SandboxShop shop;
    private final int faultEvery;
    private final AtomicLong calls = new AtomicLong();

    Gateway(Credentials credentials, Clock wallClock, MethodRegistry registry, NonceRegistry nonces,
            SandboxShop shop, int faultEvery) {
        this.credentials = credentials;
        this.wallClock = wallClock;
        this.registry = registry;
        this.nonces = nonces;
        this.shop = shop;
        this.faultEvery = faultEvery;
    }

    public ObjectMapper contentMapper() {
        return contentMapper;
    }

    /** Answers one call: {@code query} holds the URL's parameters, {@code body} the request body. */
    public GatewayResponse handle(Map<String, String> query, byte[] body) {
        try {
            return ok(process(query, body));
        } catch (GatewayError e) {
            return GatewayResponse.error(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("sandbox method failed", e);
            return GatewayResponse.error(ApiCode.TRY_AGAIN_LATER,
                    Texts.both("处理失败,请稍后重试", "processing failed, try again later"));
        }
    }

    private GatewayResponse ok(JsonNode content) {
        return new GatewayResponse(ApiCode.SUCCESS.code(), "", content);
    }

    private JsonNode process(Map<String, String> query, byte[] body) {
        // 1. URL
        String appId = query.get("app_id");
        String method = query.get("method");
        if (blank(appId) || blank(method)) {
            throw invalidEnvelope("URL 缺少 app_id 或 method", "the URL needs app_id and method");
        }
        // 2. envelope
        JsonNode envelope;
        try {
            envelope = mapper.readTree(body);
        } catch (IOException e) {
            throw invalidEnvelope("请求报文不是合法的JSON", "the request body is not valid JSON");
        }
        if (envelope == null || !envelope.isObject()) {
            throw invalidEnvelope("请求报文必须是JSON对象", "the request body must be a JSON object");
        }
        String signMethod = field(envelope, "sign_method");
        String authCode = field(envelope, "auth_code");
        String timestamp = field(envelope, "timestamp");
        String nonce = field(envelope, "nonce_str");
        String bizContent = field(envelope, "biz_content");
        String sign = field(envelope, "sign");
        String bodyAppId = field(envelope, "app_id");
        String bodyMethod = field(envelope, "method");
        // 3. required fields
        for (Map.Entry<String, String> required : Map.of("sign_method", nz(signMethod), "auth_code", nz(authCode),
                "timestamp", nz(timestamp), "nonce_str", nz(nonce), "sign", nz(sign)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            if (required.getValue().isEmpty()) {
                throw invalidEnvelope("缺少参数 " + required.getKey(), "missing " + required.getKey());
            }
        }
        if (!GatewayRequest.MD5.equals(signMethod)) {
            throw invalidEnvelope("不支持的签名方法 " + signMethod, "sign_method must be MD5");
        }
        if (!blank(bodyAppId) && !bodyAppId.equals(appId) || !blank(bodyMethod) && !bodyMethod.equals(method)) {
            throw invalidEnvelope("报文中的 app_id 或 method 与URL不一致",
                    "app_id and method in the body must equal those in the URL");
        }
        if (nonce.length() > MAX_NONCE_LENGTH) {
            throw invalidEnvelope("nonce_str 长度不能超过32位", "nonce_str is longer than 32 characters");
        }
        // 4. credentials
        if (!appId.equals(credentials.appId()) || !authCode.equals(credentials.authCode())) {
            throw new GatewayError(ApiCode.INVALID_AUTH_CODE, Texts.both("非法授权码", "unknown app_id or auth_code"));
        }
        // 5. timestamp
        Instant now = wallClock.instant();
        Instant sent = parseTimestamp(timestamp);
        if (sent == null) {
            throw new GatewayError(ApiCode.INVALID_TIMESTAMP,
                    Texts.both("非法请求时间", "timestamp must be yyyy-MM-dd HH:mm:ss in GMT+8"));
        }
        if (Duration.between(sent, now).abs().compareTo(TIMESTAMP_WINDOW) > 0) {
            throw new GatewayError(ApiCode.INVALID_TIMESTAMP, Texts.both("非法请求时间",
                    "timestamp is more than 10 minutes from the server time "
                            + dev.wharf.platform.GatewayTime.format(now)));
        }
        // 6. signature
        GatewayRequest request = new GatewayRequest(appId, method, signMethod, authCode, timestamp, nonce,
                bizContent, sign);
        String expected = Signer.sign(request.signedParams(), credentials.appSecret());
        if (!Signer.matches(expected, sign)) {
            throw new GatewayError(ApiCode.SIGNATURE_MISMATCH, Texts.both("验签失败", "signature mismatch"));
        }
        // 7. replay
        if (!nonces.firstUse(appId, nonce, now.toEpochMilli())) {
            throw new GatewayError(ApiCode.INVALID_PARAMETER, "nonce already used");
        }
        // 8. method
        Optional<MethodRegistry.Entry<?>> entry = registry.find(Methods.canonical(method));
        if (entry.isEmpty()) {
            throw new GatewayError(ApiCode.UNKNOWN_METHOD, Texts.both("非法api名称", "unknown method " + method));
        }
        // 9. biz_content
        JsonNode biz;
        if (blank(bizContent)) {
            biz = mapper.createObjectNode();
        } else {
            try {
                biz = mapper.readTree(bizContent);
            } catch (JsonProcessingException e) {
                biz = null;
            }
            if (biz == null || !biz.isObject()) {
                throw new GatewayError(ApiCode.MALFORMED_BIZ_CONTENT,
                        Texts.both("业务请求参数JSON格式不正确", "biz_content is not a JSON object"));
            }
        }
        // 10. binding
        Object params = bind(entry.get(), biz);
        // 11. fault injection
        if (faultEvery > 0 && calls.incrementAndGet() % faultEvery == 0) {
            throw new GatewayError(ApiCode.TRY_AGAIN_LATER,
                    Texts.both("处理失败,请稍后重试", "injected fault: try again later"));
        }
        // 12. run
        Object content = entry.get().invoke(params, new CallContext(appId, Methods.canonical(method), shop));
        return content == null ? NullNode.getInstance() : contentMapper.valueToTree(content);
    }

    private Object bind(MethodRegistry.Entry<?> entry, JsonNode biz) {
        if (entry.bizType() == NoParameters.class) {
            return new NoParameters();
        }
        try {
            return mapper.treeToValue(biz, entry.bizType());
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw GatewayError.invalid("业务参数 " + path + " 类型不正确", "wrong type of " + path);
        } catch (JsonProcessingException e) {
            throw GatewayError.invalid("业务参数不正确", "invalid business parameters");
        }
    }

    static Instant parseTimestamp(String text) {
        if (text == null || text.length() != 19) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, STRICT_TIME).toInstant(dev.wharf.platform.GatewayTime.ZONE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static GatewayError invalidEnvelope(String chinese, String english) {
        return GatewayError.invalid("非法参数: " + chinese, english);
    }

    private static String field(JsonNode envelope, String name) {
        JsonNode node = envelope.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalidEnvelope(name + " 必须是字符串", name + " must be a string");
        }
        return node.asText();
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
