package dev.wharf.sync.connect;

import java.util.List;

/** The shop profiles in the user-data folder (implemented by the store). Blocking: call it off the FX thread. */
@FunctionalInterface
public interface ProfileCatalog {
    /** Every profile, sorted by name, the open one marked; a profile opened from another folder comes first. */
    List<ProfileEntry> list();
}
