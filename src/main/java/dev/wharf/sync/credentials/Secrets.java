package dev.wharf.sync.credentials;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Small helpers that keep secret values out of memory dumps and out of messages. */
final class Secrets {
    static final String MASK = "******";
    private static final int MAX_CAUSES = 8;

    private Secrets() {
    }

    static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The values that must never appear in a message or a log about these secrets. */
    static List<String> valuesOf(ShopSecrets secrets) {
        return List.of(secrets.appSecret(), secrets.authCode());
    }

    /**
     * A copy of a third-party exception (and its causes) whose messages have every given value replaced by a mask:
     * a keychain library may echo what it was given. Keeps the original class name and stack traces.
     */
    static RuntimeException scrubbed(Throwable t, Collection<String> values) {
        return scrubbed(t, values, 0);
    }

    private static RuntimeException scrubbed(Throwable t, Collection<String> values, int depth) {
        String message = t.getMessage() == null ? t.getClass().getName()
                : t.getClass().getName() + ": " + mask(t.getMessage(), values);
        Throwable cause = t.getCause() == null || t.getCause() == t || depth >= MAX_CAUSES
                ? null : scrubbed(t.getCause(), values, depth + 1);
        RuntimeException copy = new ScrubbedException(message, cause);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    static String mask(String text, Collection<String> values) {
        String out = text;
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                out = out.replace(value, MASK);
            }
        }
        return out;
    }

    /** Stands in for a library's exception: its message names the original class. */
    static final class ScrubbedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScrubbedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
