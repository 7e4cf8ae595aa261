package dev.wharf.shipping;

import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.shipping.SqliteShipping;
import dev.wharf.sync.outbox.OutboxListener;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A real shop database (migrations applied) with the sandbox's logistics companies and orders written as the pull
 * writes them, in the states the shipping rules care about; the importer wired to the real store and outbox.
 */
final class TestShop implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    final Database db;
    final SqliteShipping store;
    final ShipmentImporter importer;

    TestShop(Path dir) {
        db = Database.open(dir.resolve("shop.db"));
        store = new SqliteShipping(db, CLOCK);
        importer = new ShipmentImporter(store, new SqliteLocalCommands(db, CLOCK, OutboxListener.NONE), store, store);
        String[][] companies = {{"Y073", "shunfeng", "顺丰速运（SF Express）"}, {"Y068", "ems", "中国邮政EMS（EMS）"},
            {"Y013", "yuantong", "圆通速递（YTO Express）"}, {"Y048", "japanpost", "日本邮政（Japan Post）"}};
        for (String[] c : companies) {
            sql("INSERT INTO logistics_company (company_code, short_name, company_name, synced_at) VALUES (?, ?, ?, 0)",
                    c[0], c[1], c[2]);
        }
    }

    /** An order with one line of {@code deliveryType}; its receiver is the trade's own (one per trade). */
    TestShop order(String id, String trade, int status, int deliveryType) {
        sql("INSERT INTO orders (order_id, trade_id, status, amount_fen, payment_fen, ordered_at, paid_at, "
                + "receiver_name, receiver_state, receiver_address, receiver_mobile, buyer_remark, synced_at) "
                + "VALUES (?, ?, ?, 10000, 10000, 1, 2, '张三', '浙江省', '杭州市西湖区文三路 1 号 ' || ?, '13800000000', "
                + "'=HYPERLINK(\"x\")', 0)", id, trade, status, trade);
        sql("INSERT INTO order_item (order_item_id, order_id, product_title, sku_properties_name, delivery_type, "
                + "price_fen, quantity, payment_fen) VALUES (?, ?, '面霜 Cream', '规格: 50ml', ?, 10000, 1, 10000)",
                id + "-1", id, deliveryType);
        return this;
    }

    TestShop delivered(String orderId, int leg, String company, String tracking) {
        sql("INSERT INTO delivery (order_id, leg, logistics_company_code, tracking_number, delivered_at) "
                + "VALUES (?, ?, ?, ?, 1)", orderId, leg, company, tracking);
        return this;
    }

    /** Gives an order this receiver. */
    TestShop receiver(String orderId, String name, String mobile, String address) {
        sql("UPDATE orders SET receiver_name = ?, receiver_mobile = ?, receiver_address = ? WHERE order_id = ?",
                name, mobile, address, orderId);
        return this;
    }

    TestShop openRefund(String orderId) {
        sql("INSERT INTO refund (refund_id, order_id, status, amount_fen, requested_at) VALUES (?, ?, 0, 100, 1)",
                "R" + orderId, orderId);
        return this;
    }

    void sql(String sql, Object... args) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** Dry run of a file's first sheet. */
    ImportPreview preview(Path file, Leg leg) {
        try (WorkbookReader r = Workbooks.open(file)) {
            String name = file.getFileName().toString();
            return importer.preview(r, name, 0, importer.detect(r, 0, name), leg, Progress.NONE);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
