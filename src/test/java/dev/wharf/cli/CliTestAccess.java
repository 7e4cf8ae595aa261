package dev.wharf.cli;

import dev.wharf.common.AppPaths;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Test access to the command line from other packages (e.g. the client-against-sandbox suite): the same
 * {@link CommandLine} {@code wharf} runs, with a user-data folder of the test's choosing, and the way to stop a
 * running {@code wharf sandbox} that Ctrl+C would take.
 */
public final class CliTestAccess {
    private CliTestAccess() {
    }

    /** The {@code wharf} command line with {@code home} as the user-data folder; no workstation window. */
    public static CommandLine commandLine(Path home) {
        return WharfCommand.commandLine(new AppPaths(home), profile -> {
        });
    }

    /** Stops a {@code wharf sandbox} that {@code cli} is running (as Ctrl+C does). */
    public static void stopSandbox(CommandLine cli) {
        SandboxCommand sandbox = cli.getSubcommands().get("sandbox").getCommand();
        sandbox.stop.countDown();
    }
}
