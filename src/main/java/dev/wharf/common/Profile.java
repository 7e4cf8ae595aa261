package dev.wharf.common;

import java.nio.file.Path;

/**
 * A shop profile: a folder holding one shop's database. Several profiles live side by side under the user-data
 * folder; {@code --profile DIR} points at any folder instead.
 */
public record Profile(String name, Path dir) {

    public Path databaseFile() {
        return AppPaths.databaseFile(dir);
    }

    /**
     * The profile to open: the folder given on the command line, else the last profile used, else "default".
     *
     * @param override    the {@code --profile} folder, or {@code null}
     * @param lastProfile the profile name remembered in the settings, or {@code null}
     */
    public static Profile resolve(AppPaths paths, Path override, String lastProfile) {
        if (override != null) {
            Path dir = override.toAbsolutePath().normalize();
            Path fileName = dir.getFileName();
            return new Profile(fileName == null ? dir.toString() : fileName.toString(), dir);
        }
        String name = lastProfile == null || lastProfile.isBlank() ? AppPaths.DEFAULT_PROFILE : lastProfile;
        try {
            return new Profile(name, paths.profileDir(name));
        } catch (IllegalArgumentException e) {
            return new Profile(AppPaths.DEFAULT_PROFILE, paths.profileDir(AppPaths.DEFAULT_PROFILE));
        }
    }
}
