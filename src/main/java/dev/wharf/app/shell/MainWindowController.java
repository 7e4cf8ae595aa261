package dev.wharf.app.shell;

import dev.wharf.ui.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window: sidebar navigation, the screen title, the visible screen and the status bar. */
public final class MainWindowController {
    private final Messages messages;
    private final Function<Destination, Navigator.LoadedScreen> screens;
    private final Map<Destination, ToggleButton> buttons = new EnumMap<>(Destination.class);
    private Navigator navigator;

    @FXML
    private VBox navigation;
    @FXML
    private Label screenTitle;
    @FXML
    private StackPane content;

    public MainWindowController(Messages messages, Function<Destination, Navigator.LoadedScreen> screens) {
        this.messages = messages;
        this.screens = screens;
    }

    @FXML
    private void initialize() {
        navigator = new Navigator(content, screens);
        ToggleGroup group = new ToggleGroup();
        for (Destination d : Destination.values()) {
            ToggleButton button = new ToggleButton(messages.get(d.titleKey()));
            button.setId("nav-" + d.id());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setOnAction(e -> show(d));
            buttons.put(d, button);
            navigation.getChildren().add(button);
        }
        // a toggle group lets the user un-select; keep the current screen selected instead
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                buttons.get(now).setSelected(true);
                screenTitle.setText(messages.get(now.titleKey()));
            }
        });
    }

    public void show(Destination destination) {
        navigator.show(destination);
    }

    public Navigator navigator() {
        return navigator;
    }

    /** Hides the visible screen, cancelling its work (the window closes or is rebuilt in another language). */
    public void dispose() {
        navigator.deactivateCurrent();
    }
}
