package dev.wharf.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's MD5 signature: every parameter with a non-empty value except {@code sign} (including
 * {@code app_id} and {@code method} from the URL), sorted by name in ASCII order, joined as
 * {@code k1=v1&k2=v2…}, then {@code &app_secret=SECRET} appended; the upper-case hex MD5 of that string (UTF-8).
 */
public final class Signer {
    public static final String SIGN = "sign";

    private Signer() {
    }

    /** The string that is hashed, without the secret (for logs and error messages: never log the secret). */
    public static String canonicalString(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (SIGN.equals(e.getKey()) || e.getValue() == null || e.getValue().isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    public static String sign(Map<String, String> params, String appSecret) {
        String text = canonicalString(params) + "&app_secret=" + appSecret;
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of a received signature with the expected one (case-insensitive hex). */
    public static boolean matches(String expected, String received) {
        if (received == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                received.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
