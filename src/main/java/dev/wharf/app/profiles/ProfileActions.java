package dev.wharf.app.profiles;

import dev.wharf.sync.connect.ProfileEntry;
import java.util.List;

/** What the profile list asks of the application (provided by the composition root). */
public interface ProfileActions {
    /** The profiles in the user-data folder, the open one marked. Blocking: call it in a background task. */
    List<ProfileEntry> list();

    /** The names of every folder under {@code profiles/}, for the clash check. Blocking. */
    List<String> takenNames();

    /** False when this window cannot open another profile (then the list only shows them). */
    boolean canSwitch();

    /**
     * Closes the open profile (its sync, database and sandbox shop) and opens {@code name} in this window; a new name
     * becomes a new profile, which opens on the first-run screen. Call on the FX thread.
     */
    void open(String name);

    /**
     * Deletes a profile that is not open here: its folder (database, outbox, sandbox shop, secrets file) and its
     * keychain entry. The folder is first moved aside in one step, so a profile in use elsewhere (Windows refuses)
     * stays whole. Blocking.
     *
     * @throws IllegalArgumentException for the open profile
     * @throws java.io.UncheckedIOException when the folder cannot be moved aside
     */
    void delete(String name);
}
