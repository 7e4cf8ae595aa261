package dev.wharf.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.privacy.Access;
import dev.wharf.privacy.PersonalData;
import dev.wharf.privacy.Role;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteAccessStore;
import dev.wharf.store.TestQueries;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sync &amp; Settings → Roles and personal data, hosted alone on a real shop database. */
@ExtendWith(ApplicationExtension.class)
class RolesSectionTest {
    @TempDir
    Path dir;
    private Database db;
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("wharf.db"));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        PersonalData data = new PersonalData(new SqliteAccessStore(db), "office-pc", Clock.systemUTC());
        ControllerFactory controllers = new ControllerFactory().register(RolesSectionController.class,
                () -> new RolesSectionController(executor, messages, data, "s3cret"::equals, ZoneOffset.UTC));
        ViewLoader.View<RolesSectionController> view = new ViewLoader(controllers, messages)
                .load(RolesSectionController.class, "RolesSection.fxml");
        stage.setScene(new Scene(view.root(), 640, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        db.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theOwnerMakesTheProfileCustomerServiceWhichThenCannotChangeItBackWithoutTheAppSecret(FxRobot robot)
            throws Exception {
        Label current = robot.lookup("#roles-current").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current.getText().equals("Profile office-pc: The shop "
                + "owner"));
        Platform.runLater(() -> {
            robot.lookup("#roles-role").queryAs(ComboBox.class).setValue(Role.CUSTOMER_SERVICE);
            robot.lookup("#roles-grant").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#roles-save").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current.getText().equals("Profile office-pc: Customer "
                + "service (may see personal data)"));
        assertThat(robot.lookup("#roles-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#roles-hint").queryAs(Label.class).getText())
                .isEqualTo("Only the owner can change the role and the grant.");
        assertThat(new SqliteAccessStore(db).access()).isEqualTo(new Access(Role.CUSTOMER_SERVICE, true));

        Platform.runLater(() -> {
            robot.lookup("#roles-secret").queryAs(PasswordField.class).setText("guess");
            robot.lookup("#roles-claim").queryAs(Button.class).fire();
        });
        Label hint = robot.lookup("#roles-hint").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hint.getText().startsWith("That is not"));
        Platform.runLater(() -> {
            robot.lookup("#roles-secret").queryAs(PasswordField.class).setText("s3cret");
            robot.lookup("#roles-claim").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current.getText().startsWith("Profile office-pc: The "
                + "shop owner"));
        assertThat(TestQueries.strings(db, "SELECT role || ' ' || action || ' ' || detail FROM audit_log "
                + "ORDER BY audit_id")).containsExactly("owner role customer_service +personal data",
                "customer_service role owner (app secret given)");
    }
}
