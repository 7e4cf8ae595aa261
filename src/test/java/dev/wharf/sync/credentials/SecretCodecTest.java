package dev.wharf.sync.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretCodecTest {

    @Test
    void anyTextRoundTrips() {
        ShopSecrets unicode = new ShopSecrets("密钥🔑\u0000x", "授权码 with spaces\n");

        assertThat(SecretCodec.decode(SecretCodec.encode(unicode))).isEqualTo(unicode);
    }

    @Test
    void bytesCutShortOrWithExtraBytesAreRejectedWithoutTheirContent() {
        byte[] bytes = SecretCodec.encode(TestSecrets.SECRETS);

        for (int length = 0; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> SecretCodec.decode(cut)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SecretCodec.decode(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unexpected bytes after the values");
    }

    @Test
    void anUnknownVersionOrImpossibleLengthIsRejected() {
        byte[] bytes = SecretCodec.encode(TestSecrets.SECRETS);
        byte[] version = bytes.clone();
        version[0] = 9;
        byte[] length = bytes.clone();
        length[1] = (byte) 0x7f;

        assertThatThrownBy(() -> SecretCodec.decode(version)).hasMessage("unknown format version");
        assertThatThrownBy(() -> SecretCodec.decode(length)).hasMessage("a value has an impossible length");
    }
}
