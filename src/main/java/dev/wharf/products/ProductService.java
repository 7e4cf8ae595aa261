package dev.wharf.products;

import dev.wharf.sync.outbox.LocalCommands;
import java.util.ArrayList;
import java.util.List;

/**
 * What the products screens call: reads through {@link ProductQueries}, local-only data through
 * {@link ProductLocalData}, and every change the platform must see through {@link LocalCommands} (local change and
 * outbox entry in one transaction; the outbox batches stock and price calls by 100). Blocks on the database: call
 * off the JavaFX thread.
 */
public final class ProductService {
    private final ProductQueries queries;
    private final ProductLocalData local;
    private final LocalCommands commands;

    public ProductService(ProductQueries queries, ProductLocalData local, LocalCommands commands) {
        this.queries = queries;
        this.local = local;
        this.commands = commands;
    }

    public ProductQueries queries() {
        return queries;
    }

    public ProductLocalData local() {
        return local;
    }

    /**
     * Pushes the changes of a bulk edit: per SKU, a stock update and/or a price update enqueued with its local
     * change. A SKU whose change is refused locally (it left the shop meanwhile, say) is reported and the others go
     * on; the platform's answers arrive later, per SKU, through the outbox (the list shows them).
     */
    public List<PushOutcome> push(List<BulkEdit.Change> changes) {
        List<PushOutcome> out = new ArrayList<>();
        for (BulkEdit.Change c : changes) {
            List<Long> entries = new ArrayList<>();
            try {
                if (c.stock() != null) {
                    entries.add(commands.updateStock(c.outerSkuId(), c.stock()));
                }
                if (c.prices() != null) {
                    BulkEdit.Prices p = c.prices();
                    entries.add(commands.updatePrice(c.outerSkuId(), Money.yuan(p.priceFen()),
                            Money.yuan(p.vipPriceFen()), Money.yuan(p.newCustomerPriceFen())));
                }
                out.add(new PushOutcome(c.outerSkuId(), entries, null));
            } catch (IllegalArgumentException e) {
                out.add(new PushOutcome(c.outerSkuId(), entries, e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Creates (no product id) or updates a product from a draft without problems, through the outbox; returns the
     * product's id (a temporary "local-…" id for a new one until the platform confirms it).
     *
     * @throws IllegalArgumentException naming the field when the draft breaks a rule (checked again here)
     */
    public String save(ProductDraft draft) {
        java.util.Map<String, String> problems = ProductForm.problems(draft, queries::ownerOfOuterId);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the product has problems: " + problems.keySet());
        }
        String id;
        if (draft.productId() == null) {
            id = commands.createProduct(ProductForm.toPlatform(draft), draft.description()).localId();
        } else {
            commands.updateProduct(draft.productId(), ProductForm.toPlatform(draft), draft.description());
            id = draft.productId();
        }
        local.keepEditorDetails(draft, id);
        return id;
    }

    public long shelve(String productId) {
        return commands.shelveProduct(productId);
    }

    public long unshelve(String productId) {
        return commands.unshelveProduct(productId);
    }

    /**
     * One SKU's push.
     *
     * @param outboxIds the entries enqueued (stock and/or price)
     * @param error     why it was not enqueued (or only partly), else null
     */
    public record PushOutcome(String outerSkuId, List<Long> outboxIds, String error) {
        public PushOutcome {
            outboxIds = List.copyOf(outboxIds);
        }

        public boolean ok() {
            return error == null;
        }
    }
}
