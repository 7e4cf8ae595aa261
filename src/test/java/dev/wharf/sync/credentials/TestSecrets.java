package dev.wharf.sync.credentials;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Secrets for the tests, and the forms in which they must never show up on disk or in a log. */
final class TestSecrets {
    static final String APP_SECRET = "Ap9-secret-QwErTy-东京-0123456789abcdef";
    static final String AUTH_CODE = "Auth7-code-ZxCvBn-987654321";
    static final ShopSecrets SECRETS = new ShopSecrets(APP_SECRET, AUTH_CODE);
    static final ShopSecrets OTHER = new ShopSecrets("Second-app-secret-LKJHG-4711", "Second-auth-code-MNBVC-0815");

    private TestSecrets() {
    }

    /** The secret strings themselves, and their Base64 and hex forms as text. */
    static List<String> textForms(ShopSecrets secrets) {
        List<String> forms = new ArrayList<>();
        for (String value : List.of(secrets.appSecret(), secrets.authCode())) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            forms.add(value);
            forms.add(Base64.getEncoder().withoutPadding().encodeToString(utf8));
            forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(utf8));
            forms.add(HexFormat.of().formatHex(utf8));
            forms.add(HexFormat.of().withUpperCase().formatHex(utf8));
        }
        byte[] encoded = SecretCodec.encode(secrets);
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(encoded));
        forms.add(HexFormat.of().formatHex(encoded));
        return forms;
    }

    /** Every byte sequence that would give a secret away in a file: plain (UTF-8, UTF-16), Base64 or hex. */
    static List<byte[]> byteForms(ShopSecrets secrets) {
        List<byte[]> forms = new ArrayList<>();
        for (String form : textForms(secrets)) {
            forms.add(form.getBytes(StandardCharsets.UTF_8));
        }
        for (String value : List.of(secrets.appSecret(), secrets.authCode())) {
            forms.add(value.getBytes(StandardCharsets.UTF_16LE));
            forms.add(value.getBytes(StandardCharsets.UTF_16BE));
        }
        forms.add(SecretCodec.encode(secrets));
        return forms;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The messages and toString of an exception and all its causes. */
    static String describe(Throwable t) {
        StringBuilder text = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            text.append(c).append('\n').append(c.getMessage()).append('\n');
            for (Throwable s : c.getSuppressed()) {
                text.append(describe(s));
            }
        }
        return text.toString();
    }
}
