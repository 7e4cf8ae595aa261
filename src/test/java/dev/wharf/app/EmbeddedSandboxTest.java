package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.sandbox.SandboxConfig;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in sandbox shop comes back on the port it had, so the addresses the shop already holds (its product
 * images) keep working after Wharf restarts; a port taken meanwhile gives way to a free one, remembered next time.
 */
class EmbeddedSandboxTest {
    private static final UnaryOperator<SandboxConfig> SMALL_SHOP = c -> c.withHistory(2, 12);

    @TempDir
    Path profile;

    @Test
    void aRestartKeepsThePortAndATakenPortGivesWayToAFreeOne() throws Exception {
        int first;
        try (EmbeddedSandbox sandbox = EmbeddedSandbox.start(profile, SMALL_SHOP)) {
            first = URI.create(sandbox.baseUrl()).getPort();
        }
        try (EmbeddedSandbox again = EmbeddedSandbox.start(profile, SMALL_SHOP)) {
            assertThat(URI.create(again.baseUrl()).getPort()).isEqualTo(first);
        }

        int second;
        try (ServerSocket taken = new ServerSocket(first, 1, InetAddress.getLoopbackAddress());
             EmbeddedSandbox moved = EmbeddedSandbox.start(profile, SMALL_SHOP)) {
            second = URI.create(moved.baseUrl()).getPort();
            assertThat(second).isNotEqualTo(first);
        }
        try (EmbeddedSandbox later = EmbeddedSandbox.start(profile, SMALL_SHOP)) {
            assertThat(URI.create(later.baseUrl()).getPort()).as("the new port is remembered").isEqualTo(second);
        }
    }
}
