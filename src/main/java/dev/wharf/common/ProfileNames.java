package dev.wharf.common;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a shop profile's name, which is also its folder's name under {@code profiles/}: it must be a safe
 * folder name on Windows, macOS and Linux, and differ from every other profile's name even where the file system
 * ignores case (Windows, macOS) or stores another Unicode form (macOS).
 */
public final class ProfileNames {
    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.-]+");
    /** Names Windows reserves for devices, with or without an extension. */
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");

    /** Why a name cannot be used; the UI explains each. */
    public enum Problem {
        /** Empty or only spaces. */
        BLANK,
        /** Longer than {@link #MAX_LENGTH} characters. */
        TOO_LONG,
        /** A character other than a letter, a digit, '_', '-' or '.' (spaces and slashes included). */
        CHARACTERS,
        /** Starts or ends with a dot (hidden on Linux and macOS; Windows drops a trailing dot). */
        DOTS,
        /** A device name Windows reserves (CON, NUL, COM1…). */
        RESERVED,
        /** Another profile has this name (ignoring case). */
        EXISTS
    }

    private ProfileNames() {
    }

    /** What is wrong with {@code name} as a profile folder name, ignoring other profiles. */
    public static Optional<Problem> check(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Problem.BLANK);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of(Problem.CHARACTERS);
        }
        if (name.startsWith(".") || name.endsWith(".")) {
            return Optional.of(Problem.DOTS);
        }
        if (WINDOWS_RESERVED.matcher(name).matches()) {
            return Optional.of(Problem.RESERVED);
        }
        return Optional.empty();
    }

    /** As {@link #check(String)}, and the name must differ from each of {@code existing} (ignoring case). */
    public static Optional<Problem> check(String name, Collection<String> existing) {
        Optional<Problem> problem = check(name);
        if (problem.isPresent()) {
            return problem;
        }
        String key = key(name);
        return existing.stream().anyMatch(other -> key(other).equals(key)) ? Optional.of(Problem.EXISTS)
                : Optional.empty();
    }

    /** The form two names are compared in: Unicode NFC, lower case. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
