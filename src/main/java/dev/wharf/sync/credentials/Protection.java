package dev.wharf.sync.credentials;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What protects the shop secrets on this machine, for telling the user. {@link #id()} is stable and meant as the
 * suffix of a resource-bundle key (for example {@code credentials.protection.encrypted-file}); {@link #detail()} is
 * the technical part a message may show as its argument (the key file's path, the keychain's service name).
 */
public record Protection(Kind kind, String detail) {

    /** The kinds of protection Wharf uses. */
    public enum Kind {
        /** The macOS Keychain of the logged-in user. */
        MACOS_KEYCHAIN("macos-keychain"),
        /** The Secret Service of the Linux desktop session (GNOME Keyring, KWallet). */
        SECRET_SERVICE("secret-service"),
        /** A file in the profile folder encrypted by Windows for the current user account (DPAPI). */
        WINDOWS_DPAPI("windows-dpapi"),
        /** A file in the profile folder encrypted with a key in a file readable only by the user's OS account. */
        ENCRYPTED_FILE("encrypted-file");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** True for the OS's own secret store; false for Wharf's key file. */
        public boolean isOsKeystore() {
            return this != ENCRYPTED_FILE;
        }
    }

    public Protection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** The stable id, for example {@code encrypted-file}. */
    public String id() {
        return kind.id();
    }

    static Protection keychain(Kind kind, String service) {
        return new Protection(kind, "service \"" + service + "\"");
    }

    static Protection windowsDpapi(String fileName) {
        return new Protection(Kind.WINDOWS_DPAPI, fileName + " in the profile folder, encrypted for this Windows user");
    }

    static Protection encryptedFile(Path keyFile) {
        return new Protection(Kind.ENCRYPTED_FILE, keyFile.toString());
    }
}
