package dev.wharf.cli;

import dev.wharf.orders.AcceptPlan;
import dev.wharf.orders.AcceptPlan.CartChoice;
import dev.wharf.orders.AcceptPlan.Verdict;
import dev.wharf.orders.AcceptResult;
import dev.wharf.orders.AcceptService;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteAcceptSource;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.sync.outbox.OutboxListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf orders accept}: batch accept from the command line, with the workstation's stock check. */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Accepts paid orders: checks local stock for every SKU across the selected orders, prints the "
                + "plan, then accepts through the outbox, sends at once and prints each order's result.",
                "A cart with an order short of stock is held (none of its orders accepted) unless --accept-rest."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Every selected order was accepted and confirmed by the platform (or the dry run found "
                + "nothing to warn about).",
                "1:Failure: the shop cannot be opened or reached (accepted orders stay in the outbox; run 'wharf "
                        + "sync').",
                "2:Invalid usage.",
                "3:Done, but not every selected order was accepted: short of stock, held, not awaiting acceptance, "
                        + "or refused by the platform (see Needs attention)."})
final class OrdersAcceptCommand implements Callable<Integer> {
    @ParentCommand
    private OrdersCommand parent;
    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Option(names = "--trade", paramLabel = "ID", description = "Every order of this cart (trade id).")
        String trade;
        @Option(names = "--order", paramLabel = "ID", arity = "1..*", description = "These orders.")
        List<String> orders;
        @Option(names = "--all-paid", description = "Every order awaiting acceptance.")
        boolean allPaid;
    }

    @Option(names = "--dry-run", description = "Print the plan (orders, stock warnings) and write nothing.")
    boolean dryRun;

    @Option(names = "--accept-rest", description = "In a cart with an order short of stock, accept the others "
            + "(the short ones stay awaiting acceptance).")
    boolean acceptRest;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = parent.root.openExistingDatabase()) {
            SqliteAcceptSource source = new SqliteAcceptSource(db);
            AcceptService planner = new AcceptService(source, new SqliteLocalCommands(db, Clock.systemUTC(),
                    OutboxListener.NONE), null);
            List<String> ids = selected(planner);
            if (ids.isEmpty()) {
                out.println(selection.trade != null ? "Cart " + selection.trade + " has no orders in this shop."
                        : "No order awaits acceptance.");
                return selection.trade != null ? 3 : 0;
            }
            AcceptPlan plan = planner.plan(ids, AcceptService.Progress.NONE);
            Map<String, CartChoice> choices = new HashMap<>();
            plan.shortCarts().forEach(c -> choices.put(c.tradeId(), acceptRest ? CartChoice.ACCEPT_REST
                    : CartChoice.HOLD));
            List<String> toAccept = plan.toAccept(choices);
            printPlan(out, plan, toAccept);
            boolean complete = toAccept.size() == ids.size();
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                return complete ? 0 : 3;
            }
            if (toAccept.isEmpty()) {
                return 3;
            }
            try (ShopSession session = ShopSession.open(parent.root, db)) {
                AcceptService service = new AcceptService(source, session.sync.commands(), session.sync.delivery());
                Map<String, Long> enqueued = service.enqueue(toAccept);
                boolean reached = service.deliverNow(() -> false);
                List<AcceptResult> results = service.results(enqueued);
                for (AcceptResult r : results) {
                    out.println("order " + r.orderId() + ": " + r.state().name().toLowerCase(Locale.ROOT)
                            + (r.message() == null ? "" : " — " + r.message()));
                }
                Map<AcceptResult.State, Long> t = AcceptService.tally(results);
                out.printf(Locale.ROOT, "Accepted: %d confirmed, %d refused, %d waiting to send.%n",
                        t.get(AcceptResult.State.CONFIRMED), t.get(AcceptResult.State.REFUSED),
                        t.get(AcceptResult.State.WAITING));
                if (!reached) {
                    err.println("wharf orders accept: the platform could not be reached; the accepts are kept in the "
                            + "outbox and 'wharf sync' sends them.");
                    return 1;
                }
                return complete && t.get(AcceptResult.State.CONFIRMED) == toAccept.size() ? 0 : 3;
            }
        }
    }

    private List<String> selected(AcceptService s) {
        if (selection.allPaid) {
            return s.awaitingAccept();
        }
        if (selection.trade != null) {
            return s.ordersOfTrade(selection.trade.strip());
        }
        return selection.orders.stream().map(String::strip).distinct().toList();
    }

    private static void printPlan(PrintWriter out, AcceptPlan plan, List<String> toAccept) {
        out.printf(Locale.ROOT, "Plan: %d ready, %d short of stock, %d not awaiting acceptance, %d not in the shop; "
                + "%d to accept.%n", plan.count(Verdict.READY), plan.count(Verdict.SHORT),
                plan.count(Verdict.NOT_AWAITING), plan.count(Verdict.NOT_FOUND), toAccept.size());
        for (AcceptPlan.Shortage s : plan.shortages()) {
            out.printf(Locale.ROOT, "stock: %s (SKU %s): %d in stock, the selected orders need %d%n",
                    s.title(), s.skuKey(), s.stock(), s.demand());
        }
        for (AcceptPlan.ShortCart c : plan.shortCarts()) {
            out.printf(Locale.ROOT, "cart %s: short %s; %s%n", c.tradeId(), String.join(", ", c.shortOrders()),
                    toAccept.containsAll(c.readyOrders()) && !c.readyOrders().isEmpty()
                            ? "accepting the others " + String.join(", ", c.readyOrders())
                            : "held (--accept-rest accepts the others)");
        }
        for (AcceptPlan.PlannedOrder o : plan.orders()) {
            out.printf(Locale.ROOT, "  %s  cart %s  %s%n", o.orderId(), o.tradeId() == null ? "-" : o.tradeId(),
                    toAccept.contains(o.orderId()) ? "accept" : o.verdict().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + (o.verdict() == Verdict.READY ? " (held)" : ""));
        }
    }
}
