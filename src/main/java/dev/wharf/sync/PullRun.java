package dev.wharf.sync;

import dev.wharf.platform.ApiCode;
import dev.wharf.platform.ApiException;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.sync.PullReport.Kind;
import dev.wharf.sync.PullReport.Outcome;
import dev.wharf.sync.PullStore.Written;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a {@link Puller}: its collaborators, progress and the tallies that become its {@link PullReport}, plus
 * the helpers every phase shares (resumable initial phases, order detail, counting).
 */
final class PullRun {
    private static final Logger LOG = LoggerFactory.getLogger(Puller.class);

    final PlatformApi api;
    final PullStore store;
    final PullOptions options;
    final SyncProgress progress;
    final Set<String> unsupported = new LinkedHashSet<>();
    final Set<Long> seenThisRun = new HashSet<>();
    private final EnumMap<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private int deferred;

    PullRun(PlatformApi api, PullStore store, PullOptions options, SyncProgress progress) {
        this.api = api;
        this.store = store;
        this.options = options;
        this.progress = progress;
    }

    PullReport report(Outcome outcome, String failure) {
        return new PullReport(outcome, counts, deferred, new ArrayList<>(unsupported), failure);
    }

    synchronized void add(Kind kind, Written w) {
        counts.merge(kind, w.written(), Integer::sum);
        deferred += w.deferred();
    }

    /** Runs an initial phase unless an interrupted run already finished it. */
    boolean once(String phase, Supplier<Boolean> work) {
        String key = Puller.INIT + phase + ".done";
        if (store.state(key).isPresent()) {
            return true;
        }
        if (!work.get()) {
            return false;
        }
        store.putState(Map.of(key, "1"));
        return true;
    }

    OrderInfo detail(long orderId) {
        try {
            return api.orderDetail(orderId, true);
        } catch (ApiException e) {
            if (e.code() == ApiCode.INVALID_PARAMETER) {
                LOG.info("Order {} is no longer known to the platform: {}", orderId, e.getMessage());
                return null;
            }
            throw e;
        }
    }
}
