package dev.wharf.store.outbox;

import static dev.wharf.store.outbox.SqliteOutboxStore.insert;
import static dev.wharf.store.outbox.SqliteOutboxStore.update;

import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.store.Database;
import dev.wharf.sync.outbox.Command;
import dev.wharf.sync.outbox.LocalCommands;
import dev.wharf.sync.outbox.OutboxListener;
import dev.wharf.sync.outbox.Payloads;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link LocalCommands} on the shop database: each command is one {@link Database#write} that checks the local
 * state, applies the local effect and inserts the outbox rows, so the change and its command commit together or not
 * at all.
 */
public final class SqliteLocalCommands implements LocalCommands {
    /** Prefix of the temporary id of a product created locally and not yet confirmed by the platform. */
    public static final String LOCAL_PREFIX = "local-";
    private static final int STATUS_UNPAID = 1;
    private static final int STATUS_PAID = 2;
    private static final int STATUS_SHIPPED = 3;
    private static final int STATUS_ACCEPTED = 17;
    private static final int STATUS_SELLER_CANCELLED = 13;
    private static final int MAX_BATCH = 100;

    private final Database db;
    private final Clock clock;
    private final OutboxListener listener;
    private final Supplier<String> keys;

    public SqliteLocalCommands(Database db, Clock clock, OutboxListener listener) {
        this(db, clock, listener, () -> UUID.randomUUID().toString());
    }

    /** With a source of client keys (tests). */
    public SqliteLocalCommands(Database db, Clock clock, OutboxListener listener, Supplier<String> keys) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    // ------------------------------------------------------------------ orders

    @Override
    public List<Long> acceptOrders(List<String> orderIds) {
        List<String> ids = distinctIds(orderIds, "orderIds");
        return run(c -> {
            long now = clock.millis();
            List<Long> out = new ArrayList<>();
            for (String id : ids) {
                int status = orderStatus(c, id);
                if (status != STATUS_PAID) {
                    throw new IllegalArgumentException("order " + id + " is not awaiting acceptance (status "
                            + status + ")");
                }
                update(c, "UPDATE orders SET status = ?, accepted_at = ? WHERE order_id = ?", STATUS_ACCEPTED, now, id);
                out.add(insert(c, Command.ORDER_ACCEPT, id, new Payloads.Accept(Long.parseLong(id)), now));
            }
            return out;
        });
    }

    @Override
    public List<Long> deliverOrders(List<DeliverOrder> deliveries) {
        if (deliveries == null || deliveries.isEmpty()) {
            throw new IllegalArgumentException("deliveries: at least one delivery is required");
        }
        Set<Long> orders = new HashSet<>();
        for (DeliverOrder d : deliveries) {
            if (d == null || d.orderId() == null) {
                throw new IllegalArgumentException("deliveries: order_id is required");
            }
            if (!orders.add(d.orderId())) {
                throw new IllegalArgumentException("order " + d.orderId() + " is delivered twice in one request");
            }
            required(d.logisticsCompanyId(), "logistics_company_id of order " + d.orderId());
            required(d.trackingNumber(), "tracking_number of order " + d.orderId());
        }
        return run(c -> {
            long now = clock.millis();
            List<Long> out = new ArrayList<>();
            for (DeliverOrder d : deliveries) {
                String id = String.valueOf(d.orderId());
                int status = orderStatus(c, id);
                boolean domestic = Boolean.TRUE.equals(d.isDomesticDelivery());
                String tracking = d.trackingNumber().strip();
                if (domestic) {
                    if (status != STATUS_SHIPPED) {
                        throw new IllegalArgumentException("order " + id + ": the domestic leg needs the "
                                + "international leg shipped first (status " + status + ")");
                    }
                    update(c, "UPDATE orders SET domestic_delivered = 1 WHERE order_id = ?", id);
                } else {
                    if (status != STATUS_ACCEPTED) {
                        throw new IllegalArgumentException("order " + id + " is not awaiting shipment (status "
                                + status + ")");
                    }
                    update(c, "UPDATE orders SET status = ?, shipped_at = ? WHERE order_id = ?", STATUS_SHIPPED,
                            now, id);
                }
                update(c, "INSERT INTO delivery(order_id, leg, logistics_company_code, tracking_number, delivered_at) "
                        + "VALUES (?, ?, ?, ?, ?)", id, domestic ? 2 : 1, d.logisticsCompanyId().strip(), tracking,
                        now);
                DeliverOrder payload = new DeliverOrder(d.orderId(), d.logisticsCompanyId().strip(), tracking,
                        domestic ? Boolean.TRUE : null);
                out.add(insert(c, Command.ORDER_DELIVER, id, payload, now));
            }
            return out;
        });
    }

    @Override
    public long cancelOrder(String orderId, String reason) {
        String id = orderId(orderId);
        String why = required(reason, "reason for cancelling order " + id);
        return run(c -> {
            long now = clock.millis();
            int status = orderStatus(c, id);
            if (status != STATUS_UNPAID && status != STATUS_PAID) {
                throw new IllegalArgumentException("order " + id + " can no longer be cancelled (status " + status
                        + "): only orders not yet accepted can");
            }
            update(c, "UPDATE orders SET status = ?, cancelled_at = ? WHERE order_id = ?", STATUS_SELLER_CANCELLED,
                    now, id);
            return insert(c, Command.ORDER_CANCEL, id, new CancelOrder(Long.parseLong(id), why), now);
        });
    }

    @Override
    public long changeAddress(AddressUpdateRequest a) {
        if (a == null || a.orderId() == null) {
            throw new IllegalArgumentException("order_id is required");
        }
        String id = String.valueOf(a.orderId());
        required(a.receiverName(), "receiver_name of order " + id);
        required(a.receiverAddress(), "receiver_address of order " + id);
        if (blank(a.receiverMobile()) && blank(a.receiverPhone())) {
            throw new IllegalArgumentException("receiver_mobile or receiver_phone of order " + id + " is required");
        }
        return run(c -> {
            int status = orderStatus(c, id);
            if (status != STATUS_PAID && status != STATUS_ACCEPTED) {
                throw new IllegalArgumentException("the address of order " + id + " can no longer change (status "
                        + status + ")");
            }
            update(c, "UPDATE orders SET receiver_name = ?, receiver_state = ?, receiver_address = ?, "
                    + "receiver_zip = ?, receiver_mobile = ?, receiver_phone = ? WHERE order_id = ?",
                    a.receiverName(), a.receiverState(), a.receiverAddress(), a.receiverZip(), a.receiverMobile(),
                    a.receiverPhone(), id);
            return insert(c, Command.ORDER_ADDRESS, id, a, clock.millis());
        });
    }

    // ------------------------------------------------------------------ refunds

    @Override
    public long approveRefund(String refundId, BigDecimal confirmedAmount) {
        String id = required(refundId, "refundId");
        if (confirmedAmount == null || confirmedAmount.signum() < 0) {
            throw new IllegalArgumentException("confirmed amount of refund " + id + " is required (≥ 0)");
        }
        return run(c -> {
            long now = clock.millis();
            Refund r = openRefund(c, id);
            long asked = r.amountFen();
            if (LocalState.fen(twoDecimals(confirmedAmount, "confirmed amount of refund " + id)).longValue() != asked) {
                throw new IllegalArgumentException("confirmed amount of refund " + id + " (" + confirmedAmount
                        + ") differs from the amount asked (" + BigDecimal.valueOf(asked, 2) + ")");
            }
            update(c, "UPDATE refund SET status = 1, handled_at = ? WHERE refund_id = ?", now, id);
            return insert(c, Command.REFUND_APPROVE, id, new Payloads.RefundApprove(id, r.orderId(),
                    BigDecimal.valueOf(asked, 2)), now);
        });
    }

    @Override
    public long rejectRefund(String refundId, String reason) {
        String id = required(refundId, "refundId");
        String why = required(reason, "reason for rejecting refund " + id);
        return run(c -> {
            long now = clock.millis();
            Refund r = openRefund(c, id);
            update(c, "UPDATE refund SET status = -1, reject_reason = ?, handled_at = ? WHERE refund_id = ?", why, now,
                    id);
            return insert(c, Command.REFUND_REJECT, id, new Payloads.RefundReject(id, r.orderId(), why), now);
        });
    }

    // ------------------------------------------------------------------ SKUs

    @Override
    public long updateStock(String outerSkuId, int stock) {
        String sku = required(outerSkuId, "outerSkuId");
        if (stock < 0) {
            throw new IllegalArgumentException("stock of SKU " + sku + " must be ≥ 0: " + stock);
        }
        return run(c -> {
            String product = productOfSku(c, sku);
            long now = clock.millis();
            update(c, "UPDATE sku SET stock = ?, updated_at = ? WHERE outer_sku_id = ?", stock, now, sku);
            return insert(c, Command.SKU_STOCK, sku, new Payloads.Stock(sku, stock, product), now);
        });
    }

    @Override
    public long updatePrice(String outerSkuId, BigDecimal price, BigDecimal vipPrice, BigDecimal newCustomerPrice) {
        String sku = required(outerSkuId, "outerSkuId");
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("price of SKU " + sku + " must be > 0");
        }
        BigDecimal p = twoDecimals(price, "price of SKU " + sku);
        BigDecimal vip = twoDecimals(vipPrice == null ? BigDecimal.ZERO : vipPrice, "VIP price of SKU " + sku);
        BigDecimal fresh = twoDecimals(newCustomerPrice == null ? BigDecimal.ZERO : newCustomerPrice,
                "new-customer price of SKU " + sku);
        if (vip.signum() < 0 || fresh.signum() < 0) {
            throw new IllegalArgumentException("VIP and new-customer prices of SKU " + sku + " must be ≥ 0");
        }
        return run(c -> {
            String product = productOfSku(c, sku);
            long now = clock.millis();
            update(c, "UPDATE sku SET price_fen = ?, vip_price_fen = ?, new_customer_price_fen = ?, updated_at = ? "
                    + "WHERE outer_sku_id = ?", LocalState.fen(p), LocalState.fen(vip), LocalState.fen(fresh), now, sku);
            return insert(c, Command.SKU_PRICE, sku, new Payloads.Price(sku, p, vip, fresh, product), now);
        });
    }

    // ------------------------------------------------------------------ products

    @Override
    public Created createProduct(ProductInfo product, String description) {
        checkProduct(product);
        String key = keys.get();
        String localId = LOCAL_PREFIX + key;
        long id = run(c -> {
            long now = clock.millis();
            for (SkuInfo s : product.skus()) {
                if (skuExists(c, s.outerId())) {
                    throw new IllegalArgumentException("outer SKU id " + s.outerId() + " is already used in the shop");
                }
            }
            update(c, "INSERT INTO product(product_id, name, brand, category, delivery_type, status, description, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, 'off_shelf', ?, ?)", localId, product.productName().strip(),
                    product.brandName(), product.categoryName(), product.deliveryType(), description, now);
            writeSkus(c, localId, product.skus(), now);
            ProductInfo sent = withoutId(product);
            return insert(c, Command.PRODUCT_CREATE, localId, new ProductWriteRequest(key, null, sent, description),
                    now);
        });
        return new Created(id, localId);
    }

    @Override
    public long updateProduct(String productId, ProductInfo product, String description) {
        String pid = required(productId, "productId");
        checkProduct(product);
        return run(c -> {
            long now = clock.millis();
            requireProduct(c, pid);
            for (SkuInfo s : product.skus()) {
                String owner = ownerOfSku(c, s.outerId());
                if (owner != null && !owner.equals(pid)) {
                    throw new IllegalArgumentException("outer SKU id " + s.outerId() + " belongs to product " + owner);
                }
            }
            update(c, "UPDATE product SET name = ?, brand = ?, category = ?, delivery_type = ?, "
                    + "description = coalesce(?, description), updated_at = ? WHERE product_id = ?",
                    product.productName().strip(), product.brandName(), product.categoryName(),
                    product.deliveryType(), description, now, pid);
            writeSkus(c, pid, product.skus(), now);
            return insert(c, Command.PRODUCT_UPDATE, pid, new ProductWriteRequest(null, pid, withoutId(product),
                    description), now);
        });
    }

    @Override
    public long shelveProduct(String productId) {
        return shelf(productId, "on_sale", Command.PRODUCT_SHELVE);
    }

    @Override
    public long unshelveProduct(String productId) {
        return shelf(productId, "off_shelf", Command.PRODUCT_UNSHELVE);
    }

    private long shelf(String productId, String status, Command command) {
        String pid = required(productId, "productId");
        return run(c -> {
            long now = clock.millis();
            requireProduct(c, pid);
            update(c, "UPDATE product SET status = ?, updated_at = ? WHERE product_id = ?", status, now, pid);
            return insert(c, command, pid, new Payloads.ProductRef(pid), now);
        });
    }

    // ------------------------------------------------------------------ coupons

    @Override
    public Created createCoupon(String name, BigDecimal threshold, BigDecimal faceValue, Instant validFrom,
                                Instant validTo, int quantity) {
        String n = required(name, "coupon name");
        if (faceValue == null || faceValue.signum() <= 0) {
            throw new IllegalArgumentException("coupon face value must be > 0");
        }
        BigDecimal face = twoDecimals(faceValue, "coupon face value");
        if (threshold == null || twoDecimals(threshold, "coupon threshold").compareTo(face) <= 0) {
            throw new IllegalArgumentException("coupon threshold must be more than its face value");
        }
        if (validFrom == null || validTo == null || !validFrom.isBefore(validTo)) {
            throw new IllegalArgumentException("coupon validity: valid_from must be before valid_to");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("coupon quantity must be ≥ 1: " + quantity);
        }
        String key = keys.get();
        CouponCreateRequest request = new CouponCreateRequest(key, n, threshold, face, GatewayTime.format(validFrom),
                GatewayTime.format(validTo), quantity);
        long id = run(c -> insert(c, Command.COUPON_CREATE, "key:" + key, request, clock.millis()));
        return new Created(id, key);
    }

    @Override
    public long stopCoupon(String couponId) {
        String id = required(couponId, "couponId");
        return run(c -> insert(c, Command.COUPON_STOP, id, new Payloads.CouponRef(id), clock.millis()));
    }

    @Override
    public long issueCoupon(String couponId, List<String> buyerIds) {
        String id = required(couponId, "couponId");
        List<String> buyers = distinctIds(buyerIds, "buyerIds");
        return run(c -> insert(c, Command.COUPON_ISSUE, id, new Payloads.CouponIssue(id, buyers), clock.millis()));
    }

    // ------------------------------------------------------------------ helpers

    private <T> T run(dev.wharf.store.SqlWork<T> work) {
        T result = db.write(work);
        listener.outboxChanged(db.read(SqliteOutboxStore::counts));
        return result;
    }

    private static List<String> distinctIds(List<String> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException(field + ": at least one id is required");
        }
        if (ids.size() > MAX_BATCH * 10) {
            throw new IllegalArgumentException(field + ": at most " + MAX_BATCH * 10 + " at once");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : ids) {
            String id = required(raw, field);
            if (!seen.add(id)) {
                throw new IllegalArgumentException(field + ": " + id + " appears twice");
            }
            out.add(id);
        }
        if (field.equals("orderIds")) {
            out.forEach(SqliteLocalCommands::orderId);
        }
        if (field.equals("buyerIds") && out.size() > MAX_BATCH) {
            throw new IllegalArgumentException("buyerIds: at most " + MAX_BATCH + " customers per issue");
        }
        return out;
    }

    private static String orderId(String raw) {
        String id = required(raw, "orderId");
        try {
            Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("order id is not a number: " + id);
        }
        return id;
    }

    private static String required(String value, String field) {
        if (blank(value)) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BigDecimal twoDecimals(BigDecimal amount, String field) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new IllegalArgumentException(field + " has more than 2 decimals: " + amount.toPlainString());
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static void checkProduct(ProductInfo p) {
        if (p == null) {
            throw new IllegalArgumentException("product is required");
        }
        required(p.productName(), "product_name");
        required(p.brandName(), "brand_name");
        if (p.categoryId() == null || p.categoryId() <= 0) {
            throw new IllegalArgumentException("category_id is required (> 0)");
        }
        required(p.categoryName(), "category_name");
        if (p.deliveryType() == null || !Set.of(2, 3, 4, 5, 7).contains(p.deliveryType())) {
            throw new IllegalArgumentException("delivery_type must be 2, 3, 4, 5 or 7: " + p.deliveryType());
        }
        if (p.skus() == null || p.skus().isEmpty()) {
            throw new IllegalArgumentException("skus: a product needs at least one SKU");
        }
        Set<String> outer = new HashSet<>();
        for (SkuInfo s : p.skus()) {
            String o = required(s.outerId(), "outer_id of every SKU");
            if (!outer.add(o)) {
                throw new IllegalArgumentException("outer_id " + o + " appears twice");
            }
            if (s.price() == null || s.price().signum() <= 0) {
                throw new IllegalArgumentException("price of SKU " + o + " must be > 0");
            }
            twoDecimals(s.price(), "price of SKU " + o);
            if (s.stockNum() != null && s.stockNum() < 0) {
                throw new IllegalArgumentException("stock of SKU " + o + " must be ≥ 0");
            }
        }
    }

    private static ProductInfo withoutId(ProductInfo p) {
        return new ProductInfo(null, p.productName(), p.categoryId(), p.categoryName(), p.brandId(), p.brandName(),
                p.productImages(), p.productUrl(), null, null, p.listingStartTime(), p.listingEndTime(),
                p.deliveryType(), p.fbx(), p.skus(), null);
    }

    private static void writeSkus(Connection c, String productId, List<SkuInfo> skus, long now) throws SQLException {
        for (SkuInfo s : skus) {
            String outer = s.outerId().strip();
            int n = update(c, "UPDATE sku SET price_fen = ?, vip_price_fen = ?, new_customer_price_fen = ?, "
                    + "stock = ?, updated_at = ? WHERE outer_sku_id = ? AND product_id = ?", LocalState.fen(s.price()),
                    LocalState.fen(s.vipPrice()), LocalState.fen(s.newPrice()),
                    s.stockNum() == null ? 0 : s.stockNum(), now, outer, productId);
            if (n == 0) {
                update(c, "INSERT INTO sku(sku_id, product_id, outer_sku_id, price_fen, vip_price_fen, "
                        + "new_customer_price_fen, stock, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        productId + ":" + outer, productId, outer, LocalState.fen(s.price()),
                        LocalState.fen(s.vipPrice()), LocalState.fen(s.newPrice()),
                        s.stockNum() == null ? 0 : s.stockNum(), now);
            }
        }
    }

    private static int orderStatus(Connection c, String orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM orders WHERE order_id = ?")) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("order " + orderId + " is not in the shop");
                }
                return rs.getInt(1);
            }
        }
    }

    private record Refund(Long orderId, long amountFen) {
    }

    private static Refund openRefund(Connection c, String refundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, status, amount_fen FROM refund "
                + "WHERE refund_id = ?")) {
            ps.setString(1, refundId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("refund " + refundId + " is not in the shop");
                }
                if (rs.getInt(2) != 0) {
                    throw new IllegalArgumentException("refund " + refundId + " is not open (status " + rs.getInt(2)
                            + ")");
                }
                return new Refund(Long.parseLong(rs.getString(1)), rs.getLong(3));
            }
        }
    }

    private static String productOfSku(Connection c, String outerSkuId) throws SQLException {
        String owner = ownerOfSku(c, outerSkuId);
        if (owner == null) {
            throw new IllegalArgumentException("SKU " + outerSkuId + " is not in the shop");
        }
        return owner;
    }

    private static String ownerOfSku(Connection c, String outerSkuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM sku WHERE outer_sku_id = ?")) {
            ps.setString(1, outerSkuId.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean skuExists(Connection c, String outerSkuId) throws SQLException {
        return ownerOfSku(c, outerSkuId) != null;
    }

    private static void requireProduct(Connection c, String productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM product WHERE product_id = ?")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("product " + productId + " is not in the shop");
                }
            }
        }
    }
}
