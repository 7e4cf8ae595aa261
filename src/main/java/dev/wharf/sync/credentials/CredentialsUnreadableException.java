package dev.wharf.sync.credentials;

/**
 * Secrets were saved for a profile but cannot be read back: the file was changed, damaged or cut short, it was
 * copied from another profile, or its key is gone. Never a partial result: the user connects the shop again.
 */
public final class CredentialsUnreadableException extends SecretStoreException {
    private static final long serialVersionUID = 1L;

    private final String profileKey;

    CredentialsUnreadableException(String profileKey, String reason) {
        super(message(profileKey, reason));
        this.profileKey = profileKey;
    }

    CredentialsUnreadableException(String profileKey, String reason, Throwable cause) {
        super(message(profileKey, reason), cause);
        this.profileKey = profileKey;
    }

    private static String message(String profileKey, String reason) {
        return "The saved credentials for profile " + profileKey + " cannot be read; connect the shop again ("
                + reason + ")";
    }

    /** The profile whose secrets are unreadable. */
    public String profileKey() {
        return profileKey;
    }
}
