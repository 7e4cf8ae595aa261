package dev.wharf.cli;

import dev.wharf.common.AppPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Wharf's command line over a test's user-data folder, printing into the test's writers; never opens a window. */
final class TestCli {
    private TestCli() {
    }

    static CommandLine commandLine(Path home, StringWriter out, StringWriter err) {
        CommandLine cli = WharfCommand.commandLine(new AppPaths(home), p -> { });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }
}
