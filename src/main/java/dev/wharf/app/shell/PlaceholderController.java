package dev.wharf.app.shell;

import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.Screen;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** A screen a later version delivers: it says so plainly, and what it will do. */
public final class PlaceholderController implements Screen {
    private final Destination destination;
    private final Messages messages;

    @FXML
    private Label heading;
    @FXML
    private Label description;

    public PlaceholderController(Destination destination, Messages messages) {
        this.destination = destination;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        heading.setText(messages.format("placeholder.heading", messages.get(destination.titleKey())));
        description.setText(messages.get("placeholder." + destination.id()));
    }

    @Override
    public void activate() {
        // nothing to load
    }

    @Override
    public void deactivate() {
        // nothing running
    }
}
