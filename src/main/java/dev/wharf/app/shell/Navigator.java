package dev.wharf.app.shell;

import dev.wharf.ui.screen.Screen;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * Shows one screen at a time in the content area. Screens are loaded on first visit and kept; switching
 * deactivates the screen being left before the new one is activated.
 */
public final class Navigator {
    /** A loaded screen: its view and its lifecycle. */
    public record LoadedScreen(Parent root, Screen screen) {
    }

    private final StackPane content;
    private final Function<Destination, LoadedScreen> loader;
    private final Map<Destination, LoadedScreen> loaded = new EnumMap<>(Destination.class);
    private final ReadOnlyObjectWrapper<Destination> current = new ReadOnlyObjectWrapper<>();

    public Navigator(StackPane content, Function<Destination, LoadedScreen> loader) {
        this.content = content;
        this.loader = loader;
    }

    public ReadOnlyObjectProperty<Destination> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void show(Destination destination) {
        Destination previous = current.get();
        if (previous == destination) {
            return;
        }
        if (previous != null) {
            loaded.get(previous).screen().deactivate();
        }
        LoadedScreen next = loaded.computeIfAbsent(destination, loader);
        content.getChildren().setAll(next.root());
        current.set(destination);
        next.screen().activate();
    }

    public Optional<Screen> screen(Destination destination) {
        return Optional.ofNullable(loaded.get(destination)).map(LoadedScreen::screen);
    }

    /** Deactivates the visible screen (the window is closing or being rebuilt). */
    public void deactivateCurrent() {
        Destination d = current.get();
        if (d != null) {
            loaded.get(d).screen().deactivate();
            current.set(null);
        }
    }
}
