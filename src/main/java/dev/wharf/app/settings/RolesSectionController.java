package dev.wharf.app.settings;

import dev.wharf.privacy.Access;
import dev.wharf.privacy.AuditEntry;
import dev.wharf.privacy.NotPermittedException;
import dev.wharf.privacy.PersonalData;
import dev.wharf.privacy.Role;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskScope;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * Sync &amp; Settings → Roles and personal data: the profile's role (owner or customer service) and the owner's grant of
 * unmasked phone and ID numbers, with the latest lines of the audit log. Only the owner changes them; a
 * customer-service profile becomes the owner's again with the shop's app secret (decision 0009).
 */
public final class RolesSectionController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final TaskScope tasks;
    private final Messages m;
    private final PersonalData data;
    private final Predicate<String> isShopSecret;
    private final ZoneId zone;

    @FXML private Label current;
    @FXML private ComboBox<Role> role;
    @FXML private CheckBox grant;
    @FXML private Button save;
    @FXML private Label hint;
    @FXML private HBox claimBox;
    @FXML private PasswordField secret;
    @FXML private ListView<String> audit;

    public RolesSectionController(TaskExecutor executor, Messages messages, PersonalData data,
                                  Predicate<String> isShopSecret, ZoneId zone) {
        this.tasks = new TaskScope(executor);
        this.m = messages;
        this.data = data;
        this.isShopSecret = isShopSecret;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        role.setItems(FXCollections.observableArrayList(Role.values()));
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : roleName(r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        role.valueProperty().addListener((o, was, now) -> grant.setDisable(now != Role.CUSTOMER_SERVICE
                || save.isDisabled()));
        reload();
    }

    private String roleName(Role r) {
        return m.get("settings.roles.role." + r.code());
    }

    private record State(Access access, List<AuditEntry> audit) {
    }

    private void reload() {
        tasks.execute(BackgroundTask.of(ctx -> new State(data.access(), data.recentAudit(50))).onSuccess(this::show));
    }

    private void show(State s) {
        Access a = s.access();
        current.setText(m.format("settings.roles.current", data.profile(), roleName(a.role()),
                a.role() == Role.CUSTOMER_SERVICE && a.personalDataGranted() ? 1 : 0));
        boolean owner = a.mayManageRoles();
        save.setDisable(!owner);
        role.setDisable(!owner);
        role.setValue(a.role());
        grant.setSelected(a.personalDataGranted());
        grant.setDisable(!owner || a.role() != Role.CUSTOMER_SERVICE);
        hint.setText(owner ? "" : m.get("settings.roles.ownerOnly"));
        claimBox.setVisible(!owner);
        claimBox.setManaged(!owner);
        audit.setItems(FXCollections.observableArrayList(s.audit().stream().map(this::line).toList()));
    }

    private String line(AuditEntry e) {
        return m.format("settings.roles.audit.line", TIME.format(e.at().atZone(zone)), e.profile(), roleName(e.role()),
                m.get("settings.roles.audit." + e.action().code()), e.what(), e.orderId() == null ? "" : e.orderId(),
                e.detail() == null ? "" : e.detail());
    }

    @FXML
    private void save() {
        Access next = new Access(role.getValue(), role.getValue() == Role.CUSTOMER_SERVICE && grant.isSelected());
        tasks.execute(BackgroundTask.of(ctx -> {
            data.setAccess(next);
            return 0;
        }).onSuccess(v -> reload()).onError(NotPermittedException.class, e -> hint.setText(
                m.get("settings.roles.ownerOnly"))));
    }

    @FXML
    private void claim() {
        String typed = secret.getText();
        secret.clear();
        tasks.execute(BackgroundTask.of(ctx -> {
            data.restoreOwner(typed, isShopSecret);
            return 0;
        }).onSuccess(v -> reload()).onError(NotPermittedException.class, e -> hint.setText(
                m.get("settings.roles.secretWrong"))));
    }
}
