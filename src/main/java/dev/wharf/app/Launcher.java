package dev.wharf.app;

/** Entry point: no arguments open the workstation, arguments run the command line. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Wharf " + Launcher.class.getPackage().getImplementationVersion());
    }
}
