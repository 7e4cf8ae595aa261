package dev.wharf.app;

import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.dialog.FxDialogService;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Languages;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.app.settings.RolesSectionController;
import dev.wharf.app.settings.SettingsController;
import dev.wharf.privacy.PersonalData;
import dev.wharf.store.SqliteAccessStore;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.sync.outbox.LocalCommands;
import dev.wharf.app.settings.SyncAccess;
import dev.wharf.app.settings.SyncSectionController;
import dev.wharf.app.shell.MainWindowController;
import dev.wharf.app.shell.StatusBarController;
import dev.wharf.app.shell.StatusBarModel;
import dev.wharf.ui.task.FxTaskExecutor;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.theme.ThemeManager;
import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.app.firstrun.FirstRunController;
import dev.wharf.app.profiles.ProfileDialogs;
import dev.wharf.orders.OrderQueries;
import dev.wharf.platform.GatewayClient;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.store.SqliteShopProfileStore;
import dev.wharf.store.sync.ShopSync;
import dev.wharf.sync.connect.ConnectionService;
import dev.wharf.sync.connect.ShopProfile;
import dev.wharf.sync.connect.ShopSetup;
import dev.wharf.sync.credentials.SecretStores;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import dev.wharf.store.Database;
import dev.wharf.store.OutboxRepository;
import dev.wharf.store.SqliteOrderQueries;
import dev.wharf.store.SyncStateRepository;
import dev.wharf.sync.SyncStatus;
import dev.wharf.workbench.ui.WorkbenchController;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: creates every service once and wires the screens' controllers with exactly what they
 * need. No static singletons; tests build their own composition on a temporary folder.
 */
public final class AppComposition implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppComposition.class);

    private final AppPaths paths;
    private final SettingsStore settings;
    private final Profile profile;
    private final Database database;
    private final SyncStatus syncStatus = new SyncStatus();
    private final OrderQueries orders;
    private final ProductScreens productScreens;
    private final OrderScreens orderScreens;
    private final TaskExecutor executor;
    private final ThemeManager theme = new ThemeManager();
    private Messages messages;
    private Supplier<Window> owner = () -> null;
    private final DialogService dialogs;
    private final UnaryOperator<SandboxConfig> sandboxTuning;
    private final LazySecretStore secrets;
    private final ConnectionService connections;
    private EmbeddedSandbox sandbox;
    private volatile boolean connected;
    private final Object syncStart = new Object();
    /** A new sync interval in the settings applies to the running sync at once. */
    private final java.util.function.Consumer<dev.wharf.common.settings.Settings> followSyncInterval = s -> {
        ShopSync sync = this.shopSync;
        if (sync != null) {
            sync.engine().reschedule(Duration.ofSeconds(s.syncIntervalSeconds()));
        }
    };
    private volatile ShopSync shopSync;
    private volatile GatewayClient client;
    private volatile boolean credentialsMissing;
    /** Opens another profile in this window; null when nothing can (then the profile list only shows them). */
    private volatile java.util.function.Consumer<Profile> switcher;

    /** Opens the profile's database (slow: call it off the FX thread, e.g. in {@code Application.init}). */
    public AppComposition(AppPaths paths, SettingsStore settings, Profile profile) {
        this(paths, settings, profile, UnaryOperator.identity());
    }

    /**
     * Like {@link #AppComposition(AppPaths, SettingsStore, Profile)}; {@code sandboxTuning} adjusts the embedded
     * sandbox shop's configuration (tests use a shorter history).
     */
    public AppComposition(AppPaths paths, SettingsStore settings, Profile profile,
                          UnaryOperator<SandboxConfig> sandboxTuning) {
        this.paths = paths;
        this.settings = settings;
        this.profile = profile;
        this.sandboxTuning = sandboxTuning;
        this.messages = messagesFor(settings);
        this.database = Database.open(profile.databaseFile());
        this.orders = new SqliteOrderQueries(database);
        this.productScreens = new ProductScreens(database, syncStatus);
        this.dialogs = new FxDialogService(() -> owner.get(), () -> messages);
        this.executor = new FxTaskExecutor(this::unexpectedFailure);
        this.orderScreens = new OrderScreens(database, this::localCommands, () -> shopSync);
        this.secrets = new LazySecretStore(() -> SecretStores.forThisMachine(paths, name -> profile.dir()));
        this.connections = new ConnectionService(new SqliteShopProfileStore(database), secrets, profile.name(),
                GatewayClient::new, Clock.systemUTC());
        java.util.Optional<ShopProfile> shop = connections.current();
        shop.filter(ShopProfile::sandbox).ifPresent(s -> connections.updateGatewayUrl(sandbox().baseUrl()));
        this.connected = shop.isPresent();
        refreshOutboxStatus();
        settings.addListener(followSyncInterval);
        if (connected) {
            startSync();
        }
        settings.update(s -> s.withLastProfile(isInsideHome(profile) ? profile.name() : s.lastProfile()));
    }

    /** The embedded sandbox shop, started on first use. */
    private synchronized EmbeddedSandbox sandbox() {
        if (sandbox == null) {
            sandbox = EmbeddedSandbox.start(profile.dir(), sandboxTuning);
        }
        return sandbox;
    }

    /** True once this profile is connected to a shop (a real one or the sandbox). */
    public boolean isConnected() {
        return connected;
    }

    /** Called when the first-run screen connected this profile: the first sync starts at once. */
    public void markConnected() {
        connected = true;
        executor.execute(dev.wharf.ui.task.BackgroundTask.of(ctx -> {
            startSync();
            return null;
        }));
    }

    /**
     * Starts syncing the connected shop in the background (every minute, and the initial pull at once). Reading the
     * secrets may wait for a keychain, so this holds only its own lock: screens reading {@link #shopSync()} never
     * wait for it.
     */
    private void startSync() {
        synchronized (syncStart) {
            startSyncLocked();
        }
    }

    private void startSyncLocked() {
        if (shopSync != null) {
            return;
        }
        try {
            java.util.Optional<dev.wharf.platform.GatewayConfig> config =
                    connections.gatewayConfig(sandbox != null ? sandbox.baseUrl() : null);
            if (config.isEmpty()) {
                LOG.warn("Profile {} is connected but its secrets are gone; it stays offline", profile.name());
                credentialsMissing();
                return;
            }
            client = new GatewayClient(config.get());
            ShopSync sync = new ShopSync(database, client, syncStatus, Clock.systemUTC());
            sync.engine().start(Duration.ofSeconds(settings.get().syncIntervalSeconds()));
            shopSync = sync;
        } catch (dev.wharf.sync.credentials.SecretStoreException e) {
            LOG.warn("The saved credentials of profile {} cannot be read; it stays offline", profile.name(), e);
            credentialsMissing();
        }
    }

    private void credentialsMissing() {
        credentialsMissing = true;
        syncStatus.setCredentials(dev.wharf.sync.SyncStatus.Credentials.UNREADABLE);
    }

    /** The shop was connected again: the sync restarts with the newly saved secrets. Blocking (stops the sync). */
    void restartSync() {
        synchronized (syncStart) {
            stopSyncLocked();
            credentialsMissing = false;
            syncStatus.setCredentials(dev.wharf.sync.SyncStatus.Credentials.OK);
            startSyncLocked();
        }
    }

    private void stopSyncLocked() {
        if (shopSync != null) {
            shopSync.close();
            client.close();
            shopSync = null;
        }
    }

    /** The connected shop's sync, or null before it started (tests enqueue changes through its commands). */
    ShopSync shopSync() {
        return shopSync;
    }

    /** The profile's sync as the Sync & Settings screen sees it. */
    public SyncAccess syncAccess() {
        return new AppSyncAccess(() -> connected, () -> credentialsMissing, this::shopSync);
    }

    /** What the first-run screen uses to connect this profile. */
    public ShopSetup shopSetup() {
        return new AppShopSetup(connections, this::sandbox, this::protectionId);
    }

    /** Lets the window's owner open another profile in its place (see {@link Workstation}). */
    void setProfileSwitcher(java.util.function.Consumer<Profile> value) {
        this.switcher = value;
    }

    /** The shop profiles and "connect the shop again" windows, for views loaded by {@code loader}. */
    private ProfileDialogs profileDialogs(ViewLoader loader) {
        return new ProfileDialogs(loader, executor, loader.messages(),
                new AppProfileActions(paths, profile, () -> switcher),
                new AppReconnect(connections, this::sandbox, () -> credentialsMissing
                        ? dev.wharf.sync.SyncStatus.Credentials.UNREADABLE : syncStatus.snapshot().credentials(),
                        this::restartSync, this::protectionId),
                () -> owner.get(), scene -> theme.apply(scene, settings.get().theme()));
    }

    /** What protects saved secrets; the first call chooses the store (probes the keychain): not on the FX thread. */
    private String protectionId() {
        return secrets.protection().kind().id();
    }

    /** True once the secret store was chosen: a profile with no shop starts without probing the keychain. */
    boolean secretStoreChosen() {
        return secrets.chosen();
    }

    /** Settings of the user-data folder, and the language they choose. */
    public static Messages messagesFor(SettingsStore settings) {
        return Messages.forLocale(Languages.resolve(settings.get().language(), Locale.getDefault()));
    }

    private boolean isInsideHome(Profile p) {
        return p.dir().getParent() != null && p.dir().getParent().equals(paths.profilesDir());
    }

    private void refreshOutboxStatus() {
        OutboxRepository outbox = new OutboxRepository(database);
        syncStatus.setOutboxCounts(outbox.pendingCount(), outbox.needsAttentionCount());
        new SyncStateRepository(database).lastSync().ifPresent(syncStatus::markSynced);
    }

    public AppPaths paths() {
        return paths;
    }

    public SettingsStore settings() {
        return settings;
    }

    public Profile profile() {
        return profile;
    }

    public Database database() {
        return database;
    }

    public SyncStatus syncStatus() {
        return syncStatus;
    }

    public ThemeManager theme() {
        return theme;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Messages messages() {
        return messages;
    }

    /** The window that owns dialogs. */
    public void setOwner(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Picks up a language change; the caller rebuilds the views. */
    public Messages reloadMessages() {
        messages = messagesFor(settings);
        return messages;
    }

    /** A view loader for the current language, with every controller of the application registered. */
    public ViewLoader viewLoader(StatusBarModel statusBar) {
        return viewLoader(statusBar, () -> { });
    }

    /** As {@link #viewLoader(StatusBarModel)}; {@code onConnected} runs when the first-run screen connected a shop. */
    public ViewLoader viewLoader(StatusBarModel statusBar, Runnable onConnected) {
        ControllerFactory controllers = new ControllerFactory();
        ViewLoader loader = new ViewLoader(controllers, messages);
        Messages m = messages;
        ProfileDialogs profileDialogs = profileDialogs(loader);
        java.util.concurrent.atomic.AtomicReference<MainWindowController> main =
                new java.util.concurrent.atomic.AtomicReference<>();
        controllers.register(MainWindowController.class, () -> {
            main.set(new MainWindowController(m, d -> Screens.load(loader, d)));
            return main.get();
        })
                .register(StatusBarController.class, () -> new StatusBarController(statusBar,
                        m.format("status.profile", profile.name()), profileDialogs::showProfiles,
                        profileDialogs::showReconnect))
                .register(WorkbenchController.class, () -> new WorkbenchController(executor, orders, syncStatus, m,
                        filter -> Screens.openOrders(main.get(), filter)))
                .register(FirstRunController.class, () -> new FirstRunController(executor, m, shopSetup(),
                        onConnected, profileDialogs::showProfiles))
                .register(SettingsController.class, () -> new SettingsController(executor, settings, m, database,
                        profile, dialogs, profileDialogs::showProfiles))
                .register(SyncSectionController.class, () -> new SyncSectionController(executor, m, dialogs,
                        syncStatus, syncAccess(), this::statusBarModel, profileDialogs::showReconnect))
                .register(RolesSectionController.class, () -> new RolesSectionController(executor, m,
                        personalData(), this::isShopSecret, ZoneId.systemDefault()));
        productScreens.register(controllers, executor, syncStatus, m, dialogs);
        orderScreens.register(controllers, loader, executor, syncStatus, dialogs, this::personalData, () -> owner.get(),
                scene -> theme.apply(scene, settings.get().theme()));
        AppShipping.register(controllers, executor, m, dialogs, database, this::localCommands, personalData(),
                syncStatus);
        return loader;
    }

    /** Receivers' personal data as this profile's role allows (decision 0009); also the audit API for exports. */
    public PersonalData personalData() {
        return new PersonalData(new SqliteAccessStore(database), profile.name(), Clock.systemUTC());
    }

    private boolean isShopSecret(String typed) {
        return connections.gatewayConfig(null).map(c -> c.appSecret().equals(typed)).orElse(false);
    }

    /** The shop's local commands: the running sync's, or (before it started) the same over the database. */
    private LocalCommands localCommands() {
        ShopSync sync = shopSync;
        return sync != null ? sync.commands() : new SqliteLocalCommands(database, Clock.systemUTC(),
                counts -> syncStatus.setOutboxCounts(counts.pending(), counts.needsAttention()));
    }

    /** The status bar's model for the current language; dispose it when the window is rebuilt. */
    public StatusBarModel statusBarModel() {
        return new StatusBarModel(syncStatus, messages, Platform::runLater, ZoneId.systemDefault());
    }

    private void unexpectedFailure(Throwable error) {
        LOG.error("Unexpected failure in background work", error);
        dialogs.showError(messages.get("error.unexpected.title"),
                messages.format("error.unexpected", String.valueOf(error.getMessage()), paths.logDir()));
    }

    @Override
    public void close() {
        settings.removeListener(followSyncInterval);
        executor.close();
        synchronized (syncStart) {
            stopSyncLocked();
        }
        synchronized (this) {
            if (sandbox != null) {
                sandbox.close();
            }
        }
        database.close();
    }

    /** The profile folder to open for {@code --profile} (may be null) and the settings. */
    public static Profile profileFor(AppPaths paths, SettingsStore settings, Path override) {
        return Profile.resolve(paths, override, settings.get().lastProfile());
    }
}
