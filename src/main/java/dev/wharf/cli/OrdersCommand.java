package dev.wharf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code wharf orders …}: the shop's orders from the local store. */
@Command(name = "orders", mixinStandardHelpOptions = true, description = "The shop's orders, from this computer's store.",
        subcommands = OrdersListCommand.class)
final class OrdersCommand {
    @ParentCommand
    WharfCommand root;
}
