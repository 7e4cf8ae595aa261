package dev.wharf.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body of a gateway call. {@code app_id} and {@code method} travel in the URL's query string and, as in
 * the platform's examples, in the body too; both take part in the signature.
 */
public record GatewayRequest(String appId, String method, String signMethod, String authCode, String timestamp,
                             String nonceStr, String bizContent, String sign) {

    public static final String MD5 = "MD5";

    /** The parameters that are signed (all but {@code sign}). */
    public Map<String, String> signedParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app_id", appId);
        m.put("method", method);
        m.put("sign_method", signMethod);
        m.put("auth_code", authCode);
        m.put("timestamp", timestamp);
        m.put("nonce_str", nonceStr);
        m.put("biz_content", bizContent);
        return m;
    }

    /** Like the record's own, but the auth code is masked: this string may reach a log. */
    @Override
    public String toString() {
        return "GatewayRequest[appId=" + appId + ", method=" + method + ", signMethod=" + signMethod
                + ", authCode=***, timestamp=" + timestamp + ", nonceStr=" + nonceStr + ", bizContent=" + bizContent
                + ", sign=" + sign + "]";
    }

    /** A signed request. */
    public static GatewayRequest signed(String appId, String appSecret, String authCode, String method,
                                        String timestamp, String nonce, String bizContent) {
        GatewayRequest unsigned = new GatewayRequest(appId, method, MD5, authCode, timestamp, nonce, bizContent, null);
        return new GatewayRequest(appId, method, MD5, authCode, timestamp, nonce, bizContent,
                Signer.sign(unsigned.signedParams(), appSecret));
    }
}
