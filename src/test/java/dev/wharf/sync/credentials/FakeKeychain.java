package dev.wharf.sync.credentials;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory keychain; each failure switch makes that call throw, echoing what it was given like a careless library. */
final class FakeKeychain implements Keychain {
    final Map<String, String> entries = new ConcurrentHashMap<>();
    boolean failSet;
    boolean failGet;
    boolean readsBackWrong;
    boolean failDelete;
    int deletes;

    @Override
    public Protection.Kind kind() {
        return Protection.Kind.SECRET_SERVICE;
    }

    @Override
    public void set(String service, String account, String value) {
        if (failSet) {
            throw new IllegalStateException("could not store " + value + " for " + account,
                    new RuntimeException("D-Bus said no to " + value));
        }
        entries.put(service + "|" + account, value);
    }

    @Override
    public Optional<String> get(String service, String account) {
        if (failGet) {
            throw new IllegalStateException("the collection is locked");
        }
        Optional<String> value = Optional.ofNullable(entries.get(service + "|" + account));
        return readsBackWrong ? value.map(v -> v + "?") : value;
    }

    @Override
    public void delete(String service, String account) {
        deletes++;
        if (failDelete) {
            throw new IllegalStateException("cannot delete");
        }
        entries.remove(service + "|" + account);
    }
}
