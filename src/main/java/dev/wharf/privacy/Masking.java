package dev.wharf.privacy;

/**
 * How personal data is shown when it is masked: phone numbers keep their first 3 and last 4 digits
 * ({@code 138****0000}), ID numbers only their last 4 characters. Null and blank stay as they are.
 */
public final class Masking {
    private static final char MASK = '*';

    private Masking() {
    }

    /**
     * {@code 13812340000} → {@code 138****0000}: 11 characters or more keep all but the 4 before the last 4
     * ({@code +8613812340000} → {@code +86138****0000}); 5–10 characters (landlines) keep only the last 4; 4 or
     * fewer are masked entirely.
     */
    public static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        String s = raw.strip();
        int n = s.length();
        if (n >= 11) {
            return s.substring(0, n - 8) + repeat(4) + s.substring(n - 4);
        }
        if (n > 4) {
            return repeat(n - 4) + s.substring(n - 4);
        }
        return repeat(n);
    }

    /** {@code 110101199003071234} → {@code **************1234}; 4 characters or fewer are masked entirely. */
    public static String idNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        String s = raw.strip();
        int n = s.length();
        if (n <= 4) {
            return repeat(n);
        }
        return repeat(n - 4) + s.substring(n - 4);
    }

    private static String repeat(int n) {
        return String.valueOf(MASK).repeat(n);
    }
}
