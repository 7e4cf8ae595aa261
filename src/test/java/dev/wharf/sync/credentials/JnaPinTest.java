package dev.wharf.sync.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Crypt32Util;
import org.junit.jupiter.api.Test;

/** java-keyring asks for an older JNA than Wharf uses for DPAPI: the pom pins jna and jna-platform to one version. */
class JnaPinTest {

    @Test
    void jnaAndJnaPlatformAreOneVersion() {
        // Class literals only: neither class is initialised, so no native library is loaded.
        String jna = Native.class.getPackage().getImplementationVersion();
        String platform = Crypt32Util.class.getPackage().getImplementationVersion();

        assertThat(jna).isNotBlank().isEqualTo(platform);
        assertThat(jna).doesNotStartWith("5.13.");
    }
}
