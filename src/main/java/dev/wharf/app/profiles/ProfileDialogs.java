package dev.wharf.app.profiles;

import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.TaskExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the two small windows of this package: the shop profiles (list, switch, add) and "connect the shop again".
 * Opened from the status bar, Sync &amp; Settings and the first-run screen.
 */
public final class ProfileDialogs {
    private final ViewLoader loader;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ProfileActions profiles;
    private final ShopReconnect reconnect;
    private final Supplier<Window> owner;
    private final Consumer<Scene> styler;

    public ProfileDialogs(ViewLoader loader, TaskExecutor executor, Messages messages, ProfileActions profiles,
                          ShopReconnect reconnect, Supplier<Window> owner, Consumer<Scene> styler) {
        this.loader = loader;
        this.executor = executor;
        this.messages = messages;
        this.profiles = profiles;
        this.reconnect = reconnect;
        this.owner = owner;
        this.styler = styler;
    }

    /** The shop profiles window. Call on the FX thread. */
    public void showProfiles() {
        Stage stage = new Stage();
        ProfilesController controller = new ProfilesController(executor, messages, profiles, stage::close);
        show(stage, loader.load(ProfilesController.class, "Profiles.fxml", controller), controller,
                messages.get("profiles.title"));
    }

    /** The "connect the shop again" window. Call on the FX thread. */
    public void showReconnect() {
        Stage stage = new Stage();
        ReconnectController controller = new ReconnectController(executor, messages, reconnect, stage::close);
        show(stage, loader.load(ReconnectController.class, "Reconnect.fxml", controller), controller,
                messages.get("reconnect.title"));
    }

    private void show(Stage stage, ViewLoader.View<?> view, ScreenController controller, String title) {
        Parent root = view.root();
        stage.setTitle(title);
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root);
        styler.accept(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> controller.deactivate());
        controller.activate();
        stage.show();
    }
}
