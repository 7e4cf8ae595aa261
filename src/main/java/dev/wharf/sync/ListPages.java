package dev.wharf.sync;

import static dev.wharf.sync.Puller.INIT;
import static dev.wharf.sync.Puller.ROWS;

import dev.wharf.platform.GatewayTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paging of the list extensions by page number, the position written with each page (initial page number,
 * "changed since" high-water mark) and the platform time to ask "changed since".
 */
final class ListPages {
    private final PullStore store;
    private final PullOptions options;
    private final SyncProgress progress;

    ListPages(PullRun run) {
        this.store = run.store;
        this.options = run.options;
        this.progress = run.progress;
    }

    record Page(int rows, Integer total) {
    }

    interface PageFetch {
        Page fetch(int page);
    }

    /** Pages of a list extension from 1 (or, in an interrupted initial pull, from the saved page). */
    boolean pages(String phase, boolean initial, PageFetch fetch) {
        int page = initial ? store.state(INIT + phase + ".page").map(Integer::parseInt).orElse(1) : 1;
        long seen = (long) (page - 1) * ROWS;
        while (true) {
            if (progress.isCancelled()) {
                return false;
            }
            Page p = fetch.fetch(page);
            seen += p.rows();
            progress.progress(phase, seen, p.total() == null ? -1 : p.total());
            boolean more = p.total() != null ? p.rows() > 0 && seen < p.total() : p.rows() == ROWS;
            if (!more) {
                return true;
            }
            page++;
        }
    }

    static Map<String, String> position(String phase, boolean initial, int page, String hwm, String hwmKey) {
        Map<String, String> state = new HashMap<>();
        if (initial) {
            state.put(INIT + phase + ".page", Integer.toString(page + 1));
        }
        if (hwm != null) {
            state.put(hwmKey, hwm);
        }
        return state;
    }

    /** The platform time to ask "changed since": the latest change seen minus the overlap. */
    String since(String hwmKey) {
        return store.state(hwmKey).map(GatewayTime::tryParse)
                .map(i -> GatewayTime.format(i.minus(options.overlap()))).orElse(null);
    }

    static String maxTime(String current, List<String> times) {
        Instant max = GatewayTime.tryParse(current);
        for (String t : times) {
            Instant i = GatewayTime.tryParse(t);
            if (i != null && (max == null || i.isAfter(max))) {
                max = i;
            }
        }
        return max == null ? null : GatewayTime.format(max);
    }
}
