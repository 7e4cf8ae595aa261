package dev.wharf.common.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link Settings}. Every save writes a temporary file next to the target, forces it to disk and
 * renames it over the old file, so a crash never leaves a half-written settings file. A damaged file is kept aside
 * as {@code settings.json.broken} and the defaults are used.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final CopyOnWriteArrayList<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
    private volatile Settings current;

    public SettingsStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        this.current = load();
    }

    public Path file() {
        return file;
    }

    public Settings get() {
        return current;
    }

    /** Applies a change, saves it and tells the listeners. Returns the new settings. */
    public synchronized Settings update(UnaryOperator<Settings> change) {
        Settings next = Objects.requireNonNull(change.apply(current));
        if (!next.equals(current)) {
            save(next);
            current = next;
            listeners.forEach(l -> l.accept(next));
        }
        return next;
    }

    public void addListener(Consumer<Settings> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Settings> listener) {
        listeners.remove(listener);
    }

    private Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            Settings loaded = json.readValue(file.toFile(), Settings.class);
            if (loaded == null) {
                throw new IOException("the file holds JSON null instead of settings");
            }
            return loaded;
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".broken");
            LOG.warn("Settings file {} is unreadable; moved aside to {} and using defaults", file, aside, e);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not move the unreadable settings file aside", moveFailed);
            }
            return Settings.defaults();
        }
    }

    private void save(Settings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "settings-", ".tmp");
            try {
                Files.write(tmp, json.writeValueAsBytes(settings));
                try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                moveIntoPlace(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Settings could not be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file + ": " + e.getMessage(), e);
        }
    }

    private void moveIntoPlace(Path tmp) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
