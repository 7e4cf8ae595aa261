package dev.wharf.sync.credentials;

import static dev.wharf.sync.credentials.TestSecrets.APP_SECRET;
import static dev.wharf.sync.credentials.TestSecrets.AUTH_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShopSecretsTest {

    @Test
    void toStringShowsNeitherValue() {
        ShopSecrets secrets = new ShopSecrets(APP_SECRET, AUTH_CODE);

        assertThat(secrets.toString()).doesNotContain(APP_SECRET, AUTH_CODE, "Ap9", "Auth7")
                .contains("appSecret=******", "authCode=******");
        assertThat(String.valueOf(java.util.List.of(secrets))).doesNotContain(APP_SECRET, AUTH_CODE);
    }

    @Test
    void equalsComparesBothValues() {
        assertThat(new ShopSecrets(APP_SECRET, AUTH_CODE)).isEqualTo(new ShopSecrets(APP_SECRET, AUTH_CODE))
                .hasSameHashCodeAs(new ShopSecrets(APP_SECRET, AUTH_CODE))
                .isNotEqualTo(new ShopSecrets(APP_SECRET, "other"))
                .isNotEqualTo(new ShopSecrets("other", AUTH_CODE));
    }

    @Test
    void emptyValuesAreRejectedWithoutEchoingTheOther() {
        assertThatThrownBy(() -> new ShopSecrets(" ", AUTH_CODE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The app secret is empty");
        assertThatThrownBy(() -> new ShopSecrets(APP_SECRET, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The auth code is empty");
        assertThatThrownBy(() -> new ShopSecrets(null, AUTH_CODE)).isInstanceOf(NullPointerException.class)
                .hasMessage("appSecret");
    }
}
