package dev.wharf.cli;

import dev.wharf.common.Profile;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.StoreException;
import dev.wharf.store.SqliteShopProfileStore;
import dev.wharf.store.sync.ShopSync;
import dev.wharf.sync.PullReport;
import dev.wharf.sync.SyncEngine;
import dev.wharf.sync.SyncProgress;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.connect.ConnectionService;
import dev.wharf.sync.connect.ShopProfile;
import dev.wharf.sync.credentials.SecretStores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf sync}: the workstation's sync engine, headless. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Sends the changes waiting in the outbox, then pulls what changed on the platform (everything, "
                + "the first time), printing progress and a summary.",
                "Without --once it keeps syncing every minute until Ctrl+C. A sandbox profile starts its sandbox shop."})
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    private WharfCommand root;
    @Spec
    private CommandSpec spec;

    @Option(names = "--once", description = "One run, then exit (0 when it completed, 1 when offline or failed).")
    boolean once;

    /** Tests replace this to stop a continuous sync. */
    CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile profile = root.profile();
        try (Database db = root.openExistingDatabase()) {
            ConnectionService connections = new ConnectionService(new SqliteShopProfileStore(db),
                    SecretStores.forThisMachine(root.paths(), n -> profile.dir()), profile.name(),
                    GatewayClient::new, Clock.systemUTC());
            Optional<ShopProfile> shop = connections.current();
            if (shop.isEmpty()) {
                throw new StoreException("Profile " + profile.name() + " is not connected to a shop: run "
                        + "'wharf connect' (or open the workstation) first.");
            }
            SandboxServer sandbox = shop.get().sandbox() ? SandboxServer.start(SandboxConfig.of(profile.dir()
                    .resolve(ShopProfile.SANDBOX_FOLDER)).withPort(0)) : null;
            try {
                GatewayConfig config = connections.gatewayConfig(sandbox == null ? null
                        : sandbox.baseUri().toString()).orElseThrow(() -> new StoreException("The saved "
                        + "credentials of profile " + profile.name() + " are gone: run 'wharf connect' again."));
                SyncStatus status = new SyncStatus();
                try (GatewayClient client = new GatewayClient(config);
                     ShopSync sync = new ShopSync(db, client, status, Clock.systemUTC())) {
                    if (once) {
                        return report(out, err, sync.engine().runOnce(progress(err)), status);
                    }
                    sync.engine().start(SyncEngine.DEFAULT_INTERVAL);
                    out.println("Syncing " + shop.get().displayName() + " every minute; Ctrl+C stops.");
                    out.flush();
                    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                    stop.await();
                    return 0;
                }
            } finally {
                if (sandbox != null) {
                    sandbox.close();
                }
            }
        }
    }

    private static SyncProgress progress(PrintWriter err) {
        return new SyncProgress() {
            private String lastPhase = "";

            @Override
            public void progress(String phase, long done, long total) {
                if (!phase.equals(lastPhase) || done % 1000 == 0) {
                    err.printf(Locale.ROOT, "sync: %s %d%s%n", phase, done, total > 0 ? " of " + total : "");
                    err.flush();
                    lastPhase = phase;
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static int report(PrintWriter out, PrintWriter err, SyncEngine.Report report, SyncStatus status) {
        out.printf(Locale.ROOT, "Outbox: %d confirmed, %d rejected (needs attention), %d waiting to retry.%n",
                report.delivery().confirmed(), report.delivery().rejected(), report.delivery().retryLater());
        if (report.pull() == null || report.pull().outcome() != PullReport.Outcome.COMPLETED) {
            err.println("wharf sync: the platform could not be reached; everything received so far is kept and the "
                    + "next sync continues from there.");
            return 1;
        }
        StringBuilder sb = new StringBuilder("Pulled:");
        for (PullReport.Kind kind : PullReport.Kind.values()) {
            sb.append(' ').append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(report.pull().count(kind));
        }
        out.println(sb);
        SyncStatus.Snapshot s = status.snapshot();
        out.printf(Locale.ROOT, "%d change(s) waiting, %d need attention.%n", s.pendingChanges(), s.needsAttention());
        return 0;
    }
}
