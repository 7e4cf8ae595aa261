package dev.wharf.cli;

import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.platform.dto.SimulateResponse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf sandbox}: runs the sandbox platform server until Ctrl+C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Runs the sandbox platform: a local server that speaks the platform's gateway protocol with a "
                + "simulated demo shop (its own database under --data).",
                "Prints the base URL and the credentials, then serves until Ctrl+C."})
final class SandboxCommand implements Callable<Integer> {
    @ParentCommand
    private WharfCommand root;
    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765",
            description = "Loopback port (default ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the sandbox database (sandbox.db). Default: 'sandbox' in the user-data folder. "
                    + "An empty folder gets a fresh demo shop; an existing one is served as it is.")
    Path data;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of a new demo shop (default ${DEFAULT-VALUE}); ignored for an existing one.")
    long seed;

    @Option(names = "--app-id", paramLabel = "ID", description = "Accepted app id (default: derived from the seed).")
    String appId;

    @Option(names = "--app-secret", paramLabel = "SECRET", description = "Accepted app secret.")
    String appSecret;

    @Option(names = "--auth-code", paramLabel = "CODE", description = "Accepted auth code.")
    String authCode;

    @Option(names = "--simulate", paramLabel = "RATE", defaultValue = "0",
            description = "Carts per minute placed by simulated buyers in real time, the simulated clock moving a "
                    + "minute per minute (default ${DEFAULT-VALUE} = off).")
    int rate;

    /** Tests replace this to stop the server instead of waiting for Ctrl+C. */
    CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (rate < 0) {
            throw new ParameterException(spec.commandLine(), "--simulate must be 0 or more");
        }
        int given = (appId != null ? 1 : 0) + (appSecret != null ? 1 : 0) + (authCode != null ? 1 : 0);
        if (given != 0 && given != 3) {
            throw new ParameterException(spec.commandLine(),
                    "give --app-id, --app-secret and --auth-code together, or none of them");
        }
        Path folder = data != null ? data : root.paths().home().resolve("sandbox");
        SandboxConfig config = SandboxConfig.of(folder).withPort(port).withSeed(seed)
                .withCredentials(given == 3 ? new Credentials(appId, appSecret, authCode) : null);
        out.println("Opening the sandbox shop in " + folder.toAbsolutePath() + " (a new shop takes a few seconds)…");
        out.flush();
        SandboxServer server = SandboxServer.start(config);
        ScheduledExecutorService simulation = null;
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS); // let the main thread stop the server and close the database
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "wharf-sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Credentials c = server.credentials();
            out.println("Sandbox platform ready (seed " + server.shop().seed() + ", simulated clock "
                    + dev.wharf.platform.GatewayTime.format(server.shop().clock()) + " GMT+8)");
            out.println("  base URL:   " + server.baseUri());
            out.println("  gateway:    " + server.gatewayUri() + "?app_id=" + c.appId() + "&method=…");
            out.println("  app_id:     " + c.appId());
            out.println("  app_secret: " + c.appSecret());
            out.println("  auth_code:  " + c.authCode());
            out.println(rate > 0 ? "  simulating " + rate + " cart(s) per minute" : "  simulation off (--simulate RATE)");
            out.println("Press Ctrl+C to stop.");
            out.flush();
            if (rate > 0) {
                simulation = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "wharf-sandbox-simulation");
                    t.setDaemon(true);
                    return t;
                });
                simulation.scheduleAtFixedRate(() -> {
                    SimulateResponse step = server.shop().simulate(rate, 1);
                    out.println(step.clock() + ": " + step.ordersCreated() + " new order(s), " + step.ordersPaid()
                            + " paid, " + step.ordersCancelled() + " cancelled");
                    out.flush();
                }, 1, 1, TimeUnit.MINUTES);
            }
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (simulation != null) {
                simulation.shutdownNow();
            }
            server.close();
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting; the hook already ran
            }
            out.println("Sandbox stopped.");
            out.flush();
        }
        return 0;
    }
}
