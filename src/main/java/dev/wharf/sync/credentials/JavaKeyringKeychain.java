package dev.wharf.sync.credentials;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OS keychain through java-keyring: the macOS Keychain, or the Secret Service of a Linux desktop session (GNOME
 * Keyring, and KWallet or KeePassXC where they serve that API). Not used on Windows (DPAPI instead, decision 0005).
 * Each call opens the keychain and closes it again: secrets are read and written a few times per session, and no
 * D-Bus connection stays open.
 *
 * <p>java-keyring reports a missing entry and a failing read alike ({@link PasswordAccessException}), so a failing
 * read counts as "no entry"; the user then connects the shop again, which a real failure would ask for anyway.
 */
final class JavaKeyringKeychain implements Keychain {

    private final KeyringStorageType type;
    private final Protection.Kind kind;

    private JavaKeyringKeychain(KeyringStorageType type, Protection.Kind kind) {
        this.type = type;
        this.kind = kind;
    }

    /**
     * The keychain of this OS, opened once to see that it is there.
     *
     * @throws SecretStoreException when this OS has none that Wharf uses, or it cannot be opened (a Linux box
     *                              without a desktop session has no Secret Service)
     */
    static JavaKeyringKeychain open(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<KeyringStorageType> types;
        Protection.Kind kind;
        if (os.startsWith("mac")) {
            types = List.of(KeyringStorageType.OSX_KEYCHAIN, KeyringStorageType.LEGACY_OSX_KEYCHAIN);
            kind = Protection.Kind.MACOS_KEYCHAIN;
        } else if (os.startsWith("windows")) {
            throw new SecretStoreException("Wharf uses DPAPI, not a keychain, on Windows");
        } else {
            types = List.of(KeyringStorageType.GNOME_KEYRING);
            kind = Protection.Kind.SECRET_SERVICE;
        }
        Exception last = null;
        for (KeyringStorageType candidate : types) {
            try {
                Keyring keyring = Keyring.create(candidate);
                KeyringStorageType opened = keyring.getKeyringStorageType();
                close(keyring);
                return new JavaKeyringKeychain(opened, kind);
            } catch (Exception e) {
                last = e;
            }
        }
        throw new SecretStoreException("java-keyring cannot open " + types + ": " + describe(last), last);
    }

    @Override
    public Protection.Kind kind() {
        return kind;
    }

    @Override
    public void set(String service, String account, String value) {
        try {
            withKeyring(keyring -> {
                keyring.setPassword(service, account, value);
                return null;
            });
        } catch (Exception e) {
            throw Secrets.scrubbed(e, List.of(value));
        }
    }

    @Override
    public Optional<String> get(String service, String account) {
        try {
            return Optional.ofNullable(withKeyring(keyring -> keyring.getPassword(service, account)));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw Secrets.scrubbed(e, List.of());
        }
    }

    @Override
    public void delete(String service, String account) {
        try {
            withKeyring(keyring -> {
                keyring.deletePassword(service, account);
                return null;
            });
        } catch (PasswordAccessException e) {
            // no entry, or it could not be deleted: the check below tells which
        } catch (Exception e) {
            throw Secrets.scrubbed(e, List.of());
        }
        if (get(service, account).isPresent()) {
            throw new SecretStoreException("The keychain entry " + service + "/" + account + " could not be deleted");
        }
    }

    private interface KeyringCall<T> {
        T call(Keyring keyring) throws Exception;
    }

    /** Opens the keychain for one call and closes it again. */
    private <T> T withKeyring(KeyringCall<T> call) throws Exception {
        Keyring keyring = Keyring.create(type);
        try {
            return call.call(keyring);
        } finally {
            close(keyring);
        }
    }

    private static void close(Keyring keyring) {
        try {
            keyring.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // closing a D-Bus connection that is already gone: nothing to keep
        }
    }

    /** The exception and its root cause, in one line ("Error connecting to dbus" hides below "not supported"). */
    private static String describe(Exception e) {
        if (e == null) {
            return "none tried";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
