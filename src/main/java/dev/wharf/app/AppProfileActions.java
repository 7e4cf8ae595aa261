package dev.wharf.app;

import dev.wharf.app.profiles.ProfileActions;
import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.store.SqliteProfileCatalog;
import dev.wharf.sync.connect.ProfileEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** {@link ProfileActions} of the composition root: the store lists the profiles, the window's owner switches. */
final class AppProfileActions implements ProfileActions {
    private final AppPaths paths;
    private final Profile current;
    private final Supplier<Consumer<Profile>> switcher;

    AppProfileActions(AppPaths paths, Profile current, Supplier<Consumer<Profile>> switcher) {
        this.paths = paths;
        this.current = current;
        this.switcher = switcher;
    }

    @Override
    public List<ProfileEntry> list() {
        return new SqliteProfileCatalog(paths, current).list();
    }

    @Override
    public List<String> takenNames() {
        if (!Files.isDirectory(paths.profilesDir())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(paths.profilesDir())) {
            return children.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public boolean canSwitch() {
        return switcher.get() != null;
    }

    @Override
    public void open(String name) {
        Objects.requireNonNull(switcher.get(), "switcher").accept(new Profile(name, paths.profileDir(name)));
    }
}
