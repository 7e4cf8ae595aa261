package dev.wharf.ui.fxml;

import dev.wharf.ui.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads FXML views with the current language's bundle ({@code %key} in FXML) and the controller factory. */
public final class ViewLoader {
    private final ControllerFactory controllers;
    private final Messages messages;

    public ViewLoader(ControllerFactory controllers, Messages messages) {
        this.controllers = controllers;
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** A loaded view and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** Loads {@code fxml} (a class path resource next to {@code owner}). */
    public <C> View<C> load(Class<?> owner, String fxml) {
        return load(owner, fxml, null);
    }

    /** Loads {@code fxml} with a controller made by the caller (for views that take parameters). */
    public <C> View<C> load(Class<?> owner, String fxml, Object controller) {
        URL url = Objects.requireNonNull(owner.getResource(fxml), () -> "FXML not found: " + fxml);
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        if (controller != null) {
            loader.setController(controller);
        } else {
            loader.setControllerFactory(controllers);
        }
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + url, e);
        }
    }
}
