package dev.wharf.app;

import dev.wharf.app.profiles.ProfileActions;
import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.store.SqliteProfileCatalog;
import dev.wharf.sync.connect.ProfileEntry;
import dev.wharf.sync.credentials.SecretStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** {@link ProfileActions} of the composition root: the store lists the profiles, the window's owner switches. */
final class AppProfileActions implements ProfileActions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppProfileActions.class);

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
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String name) {
        Path dir = paths.profileDir(name);
        if (dir.equals(current.dir())) {
            throw new IllegalArgumentException("Profile " + name + " is open");
        }
        Path aside = paths.profilesDir().resolve(".deleted-" + name + "-" + System.currentTimeMillis());
        try {
            Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            SecretStores.forThisMachine(paths, n -> aside).delete(name);
        } catch (RuntimeException e) {
            LOG.warn("The keychain entry of deleted profile {} could not be removed", name, e);
        }
        try (Stream<Path> tree = Files.walk(aside)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            LOG.warn("Deleted profile {} is moved aside to {} but not fully removed", name, aside, e);
        }
        LOG.info("Profile {} deleted", name);
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
