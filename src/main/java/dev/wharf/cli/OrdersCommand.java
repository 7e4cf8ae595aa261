package dev.wharf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf orders <command>}: the orders of the profile's shop. */
@Command(name = "orders", mixinStandardHelpOptions = true, description = "The shop's orders, from this computer's store.",
        subcommands = {OrdersListCommand.class, OrdersAcceptCommand.class})
final class OrdersCommand implements Callable<Integer> {
    @ParentCommand
    WharfCommand root;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
