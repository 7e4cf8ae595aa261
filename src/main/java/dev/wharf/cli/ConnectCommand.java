package dev.wharf.cli;

import dev.wharf.common.Profile;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteShopProfileStore;
import dev.wharf.sync.connect.ConnectionCheck;
import dev.wharf.sync.connect.ConnectionService;
import dev.wharf.sync.credentials.SecretStore;
import dev.wharf.sync.credentials.SecretStores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf connect}: connects the profile to a shop after a successful test call. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connects the profile to a shop: sends one signed test call, and only when it works saves the "
                + "shop and keeps the app secret and auth code in the OS keychain (or an encrypted file).",
                "Leave out --app-secret / --auth-code values to be asked for them without echo (they then stay out "
                        + "of the shell history)."})
final class ConnectCommand implements Callable<Integer> {
    @ParentCommand
    private WharfCommand root;
    @Spec
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = GatewayConfig.PRODUCTION_URL,
            description = "Gateway base URL (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--app-id", paramLabel = "ID", required = true, description = "The shop's app id.")
    String appId;

    @Option(names = "--app-secret", paramLabel = "SECRET", required = true, interactive = true, arity = "0..1",
            description = "The app secret (asked for when given without a value).")
    String appSecret;

    @Option(names = "--auth-code", paramLabel = "CODE", required = true, interactive = true, arity = "0..1",
            description = "The seller's auth code (asked for when given without a value).")
    String authCode;

    @Option(names = "--name", paramLabel = "NAME", description = "A name for the shop (default: the app id).")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GatewayConfig config;
        try {
            config = GatewayConfig.of(url, appId, appSecret, authCode);
        } catch (IllegalArgumentException e) {
            err.println("wharf connect: " + e.getMessage());
            return 2;
        }
        Profile profile = root.profile();
        SecretStore secrets = SecretStores.forThisMachine(root.paths(), n -> profile.dir());
        try (Database db = Database.open(profile.databaseFile())) {
            ConnectionService service = new ConnectionService(new SqliteShopProfileStore(db), secrets,
                    profile.name(), GatewayClient::new, Clock.systemUTC());
            ConnectionCheck check = service.connect(name == null ? appId.strip() : name, config, false);
            if (!check.ok()) {
                err.println("wharf connect: " + explain(check));
                err.println("  (" + check.detail() + ")");
                return 1;
            }
            out.printf(Locale.ROOT, "Connected profile %s to %s (%d logistics companies).%n", profile.name(), url,
                    check.logisticsCompanies());
            out.println("The app secret and auth code are kept by: " + secrets.protection().kind().id()
                    + (secrets.protection().detail() == null ? "" : " (" + secrets.protection().detail() + ")"));
            return 0;
        }
    }

    static String explain(ConnectionCheck check) {
        return switch (check.problem()) {
            case CREDENTIALS -> "the platform refused the app id, app secret or auth code; copy them again from the "
                    + "seller back office. Nothing was saved.";
            case CLOCK -> "this computer's clock is more than 10 minutes off the platform's; set it to the correct "
                    + "time and try again. Nothing was saved.";
            case UNREACHABLE -> "the platform did not answer; check the URL, the network and the proxy. Nothing was "
                    + "saved.";
            case PLATFORM -> "the platform answered with an error; try again later. Nothing was saved.";
        };
    }
}
