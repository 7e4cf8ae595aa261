package dev.wharf.cli;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.Version;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.store.Database;
import dev.wharf.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code wharf [--profile DIR] <command>}: the command line over the same services as the workstation. Without a
 * command it opens the workstation.
 */
@Command(name = "wharf", mixinStandardHelpOptions = true, versionProvider = WharfCommand.VersionProvider.class,
        description = "Wharf seller workstation. Without a command, opens the workstation window.",
        subcommands = {ConnectCommand.class, SyncCommand.class, OrdersCommand.class, BackupCommand.class,
                DbCommand.class, SandboxCommand.class, ShipmentsCommand.class, ProductsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:Failure (the message says what and what to do).",
                "2:Invalid command-line usage, or problems found (see the command's help)."})
public final class WharfCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Shop profile folder (holds wharf.db). Default: the last profile used, under the "
                    + "user-data folder (%%APPDATA%%\\Wharf, ~/Library/Application Support/Wharf or "
                    + "$XDG_DATA_HOME/wharf; WHARF_HOME overrides it).")
    Path profileDir;

    private final Consumer<Path> openWorkstation;
    private final AppPaths paths;

    WharfCommand(AppPaths paths, Consumer<Path> openWorkstation) {
        this.paths = paths;
        this.openWorkstation = openWorkstation;
    }

    /** Runs the command line; {@code openWorkstation} is called (with the --profile folder or null) for no command. */
    public static int run(String[] args, Consumer<Path> openWorkstation) {
        return commandLine(AppPaths.forCurrentUser(), openWorkstation).execute(args);
    }

    static CommandLine commandLine(AppPaths paths, Consumer<Path> openWorkstation) {
        CommandLine cli = new CommandLine(new WharfCommand(paths, openWorkstation));
        // a mistyped command gets picocli's "Did you mean" and the usage (picocli prints only one of them)
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            PrintWriter err = c.getErr();
            err.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            c.usage(err);
            err.flush();
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof StoreException) {
                err.println("wharf: " + e.getMessage());
            } else {
                err.println("wharf: " + e);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    @Override
    public Integer call() {
        openWorkstation.accept(profileDir);
        return 0;
    }

    /** The user-data folder. */
    AppPaths paths() {
        return paths;
    }

    /** The profile the command works on. */
    Profile profile() {
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        return Profile.resolve(paths, profileDir, settings.get().lastProfile());
    }

    /**
     * Opens the profile's existing database. A missing file is an error rather than a new empty shop, so a
     * mistyped {@code --profile} is reported instead of silently checked or backed up.
     */
    Database openExistingDatabase() {
        Path file = profile().databaseFile();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no shop database at " + file + ". Check the --profile folder, or "
                    + "open the workstation once on this profile to create it.");
        }
        return Database.open(file);
    }

    /** {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Wharf " + Version.current(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
