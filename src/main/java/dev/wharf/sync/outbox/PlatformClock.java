package dev.wharf.sync.outbox;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.PlatformApi;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform's clock as far as it is known for certain: a time it has reached (e.g. the freshest {@code Date}
 * header plus the monotonic time since, {@code GatewayClient::platformTimeAtLeast}). The outbox records it when it
 * sends an entry, to compare with the platform's change times after a lost answer (decision 0007).
 */
@FunctionalInterface
public interface PlatformClock {
    /** Nothing is known: entries are sent without a send time, and a lost answer cannot be dated. */
    PlatformClock UNKNOWN = Optional::empty;

    /** A time the platform's clock has certainly reached, or empty while nothing is known. */
    Optional<Instant> atLeast();

    /** A gateway client's ({@code GatewayClient::platformTimeAtLeast}); {@link #UNKNOWN} for other implementations. */
    static PlatformClock of(PlatformApi api) {
        return api instanceof GatewayClient g ? g::platformTimeAtLeast : UNKNOWN;
    }
}
