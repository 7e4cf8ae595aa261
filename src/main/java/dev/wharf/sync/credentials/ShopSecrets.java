package dev.wharf.sync.credentials;

import java.util.Objects;

/**
 * What the platform gave the shop and what signs every call: the app secret and the seller's auth code. Never
 * written to disk in plain text and never logged: {@link #toString()} shows neither value.
 */
public record ShopSecrets(String appSecret, String authCode) {

    public ShopSecrets {
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(authCode, "authCode");
        if (appSecret.isBlank()) {
            throw new IllegalArgumentException("The app secret is empty");
        }
        if (authCode.isBlank()) {
            throw new IllegalArgumentException("The auth code is empty");
        }
    }

    @Override
    public String toString() {
        return "ShopSecrets[appSecret=******, authCode=******]";
    }
}
