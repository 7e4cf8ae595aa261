package dev.wharf.app.profiles;

import dev.wharf.common.ProfileNames;
import dev.wharf.sync.connect.ProfileEntry;
import dev.wharf.sync.connect.ShopProfile;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/**
 * The shop profiles window: every profile in the user-data folder with its shop, gateway and kind (the open one
 * marked), Switch to open another, and a new profile by name, which opens on the first-run screen (connect a shop
 * or the sandbox shop). Reading the list and checking a name run in the background.
 */
public final class ProfilesController extends ScreenController {
    private static final String INVALID = "invalid";

    private final Messages messages;
    private final ProfileActions profiles;
    private final Runnable close;

    @FXML
    private TableView<ProfileEntry> table;
    @FXML
    private TableColumn<ProfileEntry, String> nameColumn;
    @FXML
    private TableColumn<ProfileEntry, String> shopColumn;
    @FXML
    private TableColumn<ProfileEntry, String> gatewayColumn;
    @FXML
    private TableColumn<ProfileEntry, String> kindColumn;
    @FXML
    private TableColumn<ProfileEntry, String> unsentColumn;
    @FXML
    private Button switchButton;
    @FXML
    private Button deleteButton;
    @FXML
    private HBox deleteConfirmation;
    @FXML
    private Label deleteQuestion;
    @FXML
    private TextField newName;
    @FXML
    private Button createButton;
    @FXML
    private Label message;

    public ProfilesController(TaskExecutor executor, Messages messages, ProfileActions profiles, Runnable close) {
        super(executor);
        this.messages = messages;
        this.profiles = profiles;
        this.close = close;
    }

    @FXML
    private void initialize() {
        column(nameColumn, p -> p.current() ? messages.format("profiles.current", p.name()) : p.name());
        column(shopColumn, p -> !p.readable() ? messages.get("profiles.shop.unreadable")
                : p.shop().map(ShopProfile::displayName).orElse(messages.get("profiles.shop.none")));
        column(gatewayColumn, p -> p.shop().map(s -> s.sandbox() ? messages.get("profiles.gateway.sandbox")
                : s.gatewayUrl()).orElse(""));
        column(kindColumn, p -> p.shop().map(s -> messages.get(s.sandbox() ? "profiles.kind.sandbox"
                : "profiles.kind.real")).orElse(""));
        column(unsentColumn, p -> p.readable() ? String.valueOf(p.unsent()) : "");
        table.setPlaceholder(new Label(messages.get("profiles.loading")));
        table.setRowFactory(t -> {
            TableRow<ProfileEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(ProfileEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"),
                            !empty && item != null && item.current());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            show(deleteConfirmation, false);
            updateButtons();
        });
        show(deleteConfirmation, false);
        boolean switching = profiles.canSwitch();
        newName.setDisable(!switching);
        if (!switching) {
            say(messages.get("profiles.switch.unavailable"));
        }
        updateButtons();
    }

    private static void column(TableColumn<ProfileEntry, String> column, Function<ProfileEntry, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    @Override
    public void activate() {
        reload();
    }

    private void reload() {
        tasks.execute(BackgroundTask.of(ctx -> profiles.list())
                .onSuccess(list -> {
                    table.getItems().setAll(list);
                    table.setPlaceholder(new Label(messages.get("profiles.empty")));
                    updateButtons();
                }));
    }

    private void updateButtons() {
        ProfileEntry selected = table.getSelectionModel().getSelectedItem();
        switchButton.setDisable(!profiles.canSwitch() || selected == null || selected.current()
                || !selected.readable());
        deleteButton.setDisable(selected == null || selected.current() || !selected.dir().getFileName().toString()
                .equals(selected.name()));
        createButton.setDisable(!profiles.canSwitch());
    }

    @FXML
    private void switchProfile() {
        ProfileEntry selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open(selected);
        }
    }

    private void open(ProfileEntry entry) {
        if (!profiles.canSwitch() || entry.current() || !entry.readable()) {
            return;
        }
        close.run();
        profiles.open(entry.name());
    }

    /** Asks first, in the window itself: what goes with the profile, and that the platform's shop stays. */
    @FXML
    private void askDelete() {
        ProfileEntry selected = table.getSelectionModel().getSelectedItem();
        if (selected == null || selected.current()) {
            return;
        }
        deleteQuestion.setText(messages.format("profiles.delete.question", selected.name(),
                selected.shop().map(ShopProfile::displayName).orElse(messages.get("profiles.shop.none")),
                selected.unsent()));
        show(deleteConfirmation, true);
        fit();
    }

    @FXML
    private void keep() {
        show(deleteConfirmation, false);
        fit();
    }

    @FXML
    private void confirmDelete() {
        ProfileEntry selected = table.getSelectionModel().getSelectedItem();
        show(deleteConfirmation, false);
        if (selected == null || selected.current()) {
            return;
        }
        deleteButton.setDisable(true);
        tasks.execute(BackgroundTask.of(ctx -> {
                    profiles.delete(selected.name());
                    return selected.name();
                })
                .onSuccess(name -> say(messages.format("profiles.deleted", name)))
                .onFailure(e -> say(messages.format("profiles.delete.failed", selected.name(),
                        String.valueOf(e.getMessage()))))
                .andFinally(this::reload));
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @FXML
    private void create() {
        String name = newName.getText() == null ? "" : newName.getText().strip();
        newName.getStyleClass().remove(INVALID);
        Optional<ProfileNames.Problem> problem = ProfileNames.check(name);
        if (problem.isPresent()) {
            refuse(problem.get(), name);
            return;
        }
        createButton.setDisable(true);
        tasks.execute(BackgroundTask.of(ctx -> ProfileNames.check(name, profiles.takenNames()))
                .onSuccess(clash -> {
                    if (clash.isPresent()) {
                        refuse(clash.get(), name);
                    } else {
                        close.run();
                        profiles.open(name);
                    }
                })
                .andFinally(this::updateButtons));
    }

    private void refuse(ProfileNames.Problem problem, String name) {
        newName.getStyleClass().add(INVALID);
        say(messages.format("profiles.name." + problem.name().toLowerCase(Locale.ROOT), name,
                ProfileNames.MAX_LENGTH));
        newName.requestFocus();
    }

    @FXML
    private void closeWindow() {
        close.run();
    }

    /** Shows {@code text} under the form; the window grows to fit it. */
    private void say(String text) {
        message.setText(text);
        fit();
    }

    private void fit() {
        if (message.getScene() != null && message.getScene().getWindow() != null) {
            message.getScene().getWindow().sizeToScene();
        }
    }
}
