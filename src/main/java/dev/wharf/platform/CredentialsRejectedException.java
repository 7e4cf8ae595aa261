package dev.wharf.platform;

/** 0002 or 0004: the auth code or the app secret is wrong (or revoked). Only the user can fix it. */
public final class CredentialsRejectedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public CredentialsRejectedException(String method, ApiCode code, String message) {
        super(method, code, message);
    }
}
