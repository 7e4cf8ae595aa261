package dev.wharf.sandbox;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The sandbox seller's gateway credentials: the app id (URL), the app secret (signing) and the auth code (envelope).
 * {@link #derivedFrom(long)} makes stable defaults from the shop's seed, so a restarted sandbox accepts the same
 * credentials without storing any secret.
 */
public record Credentials(String appId, String appSecret, String authCode) {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public Credentials {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(authCode, "authCode");
        if (appId.isBlank() || appSecret.isBlank() || authCode.isBlank()) {
            throw new IllegalArgumentException("app id, app secret and auth code must not be blank");
        }
    }

    /** Default credentials of the sandbox shop with this seed (18-char app id, 32-char secret and auth code). */
    public static Credentials derivedFrom(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_C0DE_CAFEL);
        return new Credentials("sbx" + text(random, 15), text(random, 32), text(random, 32));
    }

    private static String text(SplittableRandom random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** For printing: never print the secret in logs (the command line prints it once, on purpose). */
    @Override
    public String toString() {
        return "Credentials[appId=" + appId + ", authCode=" + authCode + ", appSecret=***]";
    }
}
