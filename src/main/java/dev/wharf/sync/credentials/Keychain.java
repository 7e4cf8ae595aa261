package dev.wharf.sync.credentials;

import java.util.Optional;

/** The OS keychain, reduced to what Wharf needs: one text value per service and account. */
interface Keychain {

    /** Which keychain this is, for the user. */
    Protection.Kind kind();

    /** Stores a value, replacing the one stored before. */
    void set(String service, String account, String value);

    /** The stored value, or empty when there is none. */
    Optional<String> get(String service, String account);

    /** Removes the value; nothing happens when there is none. Fails when the value is still there afterwards. */
    void delete(String service, String account);
}
