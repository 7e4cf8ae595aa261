package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SandboxCommandTest {
    @TempDir
    Path home;

    @Test
    void printsUrlAndCredentialsAndStopsCleanly() throws Exception {
        CommandLine cli = WharfCommand.commandLine(new AppPaths(home), p -> { });
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        SandboxCommand sandbox = cli.getSubcommands().get("sandbox").getCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("sandbox", "--port", "0",
                "--seed", "3", "--app-id", "myapp", "--app-secret", "mysecret", "--auth-code", "mycode"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains("Press Ctrl+C") && System.nanoTime() < deadline && !exit.isDone()) {
            Thread.sleep(50);
        }
        assertThat(out.toString()).contains("base URL:   http://127.0.0.1:").contains("app_id:     myapp")
                .contains("auth_code:  mycode");
        sandbox.stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("Sandbox stopped.");
        assertThat(home.resolve("sandbox").resolve("sandbox.db")).exists();
    }

    @Test
    void credentialsComeAllOrNone() {
        CommandLine cli = WharfCommand.commandLine(new AppPaths(home), p -> { });
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("sandbox", "--port", "0", "--data", home.resolve("x").toString(), "--app-id", "a"))
                .isEqualTo(2);
    }
}
