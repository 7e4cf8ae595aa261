package dev.wharf.sync.connect;

import java.util.Optional;

/** Where a profile remembers its shop (implemented by the store). */
public interface ShopProfileStore {
    Optional<ShopProfile> load();

    void save(ShopProfile profile);
}
