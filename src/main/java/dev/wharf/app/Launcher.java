package dev.wharf.app;

import dev.wharf.cli.WharfCommand;
import dev.wharf.common.AppPaths;
import javafx.application.Application;

/**
 * Entry point of the jar and the app image: no arguments open the workstation, arguments run the command line.
 * (This class must not extend {@link Application}: on the class path JavaFX refuses to start such a main class.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("wharf.logDir", AppPaths.forCurrentUser().logDir().toString());
        // Java ignores the OS proxy settings (Windows Internet Options, GNOME, macOS) unless asked; offices in China
        // often reach the internet only through such a proxy. Must be set before any networking class is used.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        if (args.length == 0) {
            Application.launch(WharfApplication.class);
            return;
        }
        int exit = WharfCommand.run(args, profile -> {
            if (profile == null) {
                Application.launch(WharfApplication.class);
            } else {
                Application.launch(WharfApplication.class, "--profile=" + profile);
            }
        });
        System.exit(exit);
    }
}
