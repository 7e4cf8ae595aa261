package dev.wharf.store.orders;

import dev.wharf.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a realistic, deterministic shop of orders straight into a shop database (large transactions, prepared
 * batches): carts of one to three orders split by the platform's rules, items with SKU properties, deliveries,
 * refunds, Chinese receiver names, phones and tracking numbers. The same seed, count and clock give the same shop.
 */
public final class OrderGenerator {
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
        "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "欧阳", "司马"};
    static final String[] GIVEN = {"芳", "伟", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
        "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓明", "雨涵", "梓萱", "子轩", "浩然", "欣怡", "思远", "佳琪"};
    private static final String[] PRODUCTS = {"雪花秀润燥精华", "Coach 托特包", "New Balance 990v6 运动鞋", "SK-II 神仙水",
        "Lancôme 小黑瓶", "Swisse 钙片", "Jo Malone 香水", "Ralph Lauren 衬衫", "UGG 雪地靴", "Moncler 羽绒服"};
    private static final String[] COLOURS = {"红色", "黑色", "白色", "藏青", "卡其"};
    private static final String[] SIZES = {"6", "7", "8", "S", "M", "L", "XL"};
    private static final String[] PROVINCES = {"浙江省", "上海市", "北京市", "广东省", "江苏省", "四川省"};
    private static final long DAY = 86_400_000L;

    private final long seed;
    private final Instant now;

    public OrderGenerator(long seed, Instant now) {
        this.seed = seed;
        this.now = now;
    }

    /** Writes {@code orders} orders (ids from 100000000001), reporting progress every 100,000 orders. */
    public void generate(Database db, int orders, java.util.function.IntConsumer progress) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] written = {0};
        int batch = 50_000;
        while (written[0] < orders) {
            int target = Math.min(orders, written[0] + batch);
            db.write(c -> {
                try (Statements s = new Statements(c)) {
                    while (written[0] < target) {
                        written[0] += cart(s, random, written[0], target - written[0]);
                    }
                    s.flush();
                }
                return null;
            });
            progress.accept(written[0]);
        }
    }

    /** One cart of one to three orders (fewer when only {@code room} are left); returns how many. */
    private int cart(Statements s, SplittableRandom r, int index, int room) throws SQLException {
        int roll = r.nextInt(100);
        int count = Math.min(room, roll < 70 ? 1 : roll < 90 ? 2 : 3);
        long tradeId = 500_000_000_001L + index;
        String buyer = "b" + (10_000 + r.nextInt(200_000));
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
        String mobile = "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
        int status = status(r);
        long age = status == 2 ? r.nextLong(2 * DAY) : status == 17 ? r.nextLong(4 * DAY) : status == 1
                ? r.nextLong(DAY / 2) : 5 * DAY + r.nextLong(360 * DAY);
        long ordered = now.toEpochMilli() - age - 600_000;
        boolean sameType = r.nextBoolean();
        int firstType = new int[] {2, 3, 4, 5, 7}[r.nextInt(5)];
        for (int k = 0; k < count; k++) {
            int type = sameType ? firstType : new int[] {2, 3, 4, 5, 7}[(indexOf(firstType) + k) % 5];
            long orderId = 100_000_000_001L + index + k;
            order(s, r, orderId, tradeId, status, type, buyer, name, mobile, ordered, sameType && count > 1);
        }
        return count;
    }

    private static int indexOf(int type) {
        return switch (type) {
            case 2 -> 0;
            case 3 -> 1;
            case 4 -> 2;
            case 5 -> 3;
            default -> 4;
        };
    }

    private static int status(SplittableRandom r) {
        int roll = r.nextInt(1000);
        if (roll < 30) {
            return 2;
        } else if (roll < 80) {
            return 17;
        } else if (roll < 280) {
            return 3;
        } else if (roll < 900) {
            return 4;
        } else if (roll < 920) {
            return 1;
        }
        return new int[] {12, 13, 14, 18}[r.nextInt(4)];
    }

    private void order(Statements s, SplittableRandom r, long orderId, long tradeId, int status, int type, String buyer,
                       String name, String mobile, long ordered, boolean overLimit) throws SQLException {
        String id = Long.toString(orderId);
        int lines = 1 + r.nextInt(3);
        long amount = 0;
        PreparedStatement item = s.item;
        for (int i = 0; i < lines; i++) {
            long price = overLimit ? 60_000 + r.nextLong(90_000) : 3_000 + r.nextLong(60_000);
            int qty = 1 + (r.nextInt(10) == 0 ? 1 : 0);
            amount += price * qty;
            item.setString(1, id + "-" + i);
            item.setString(2, id);
            item.setString(3, "p" + r.nextInt(5000));
            item.setString(4, "s" + r.nextInt(20_000));
            item.setString(5, PRODUCTS[r.nextInt(PRODUCTS.length)]);
            item.setString(6, "a1#颜色:c" + i + "#" + COLOURS[r.nextInt(COLOURS.length)] + ",a2#尺寸:d" + i + "#"
                    + SIZES[r.nextInt(SIZES.length)]);
            item.setInt(7, type);
            item.setLong(8, price);
            item.setInt(9, qty);
            item.setLong(10, price * qty);
            item.setInt(11, i);
            item.addBatch();
        }
        Long paid = status == 1 ? null : ordered + 60_000 + r.nextLong(600_000);
        boolean accepted = status == 17 || status == 3 || status == 4;
        Long acceptedAt = accepted ? paid + r.nextLong(DAY) : null;
        boolean shipped = status == 3 || status == 4;
        Long shippedAt = shipped ? acceptedAt + r.nextLong(3 * DAY) : null;
        PreparedStatement o = s.order;
        o.setString(1, id);
        o.setString(2, Long.toString(tradeId));
        o.setInt(3, status);
        o.setString(4, buyer);
        o.setLong(5, amount);
        o.setLong(6, amount - (r.nextInt(4) == 0 ? Math.min(amount / 10, 3000) : 0));
        o.setLong(7, ordered);
        o.setObject(8, paid);
        o.setObject(9, acceptedAt);
        o.setObject(10, shippedAt);
        o.setObject(11, status == 4 ? shippedAt + 7 * DAY : null);
        o.setObject(12, status >= 12 && status <= 18 && status != 17 ? ordered + DAY : null);
        o.setString(13, r.nextInt(10) == 0 ? "请尽快发货，谢谢" : null);
        o.setObject(14, r.nextInt(50) == 0 ? 1 + r.nextInt(5) : null);
        o.setString(15, name);
        o.setString(16, PROVINCES[r.nextInt(PROVINCES.length)]);
        o.setString(17, "某某路" + (1 + r.nextInt(999)) + "号");
        o.setString(18, mobile);
        o.setInt(19, type == 7 && shipped && r.nextBoolean() ? 1 : 0);
        o.setInt(20, type);
        o.setLong(21, now.toEpochMilli());
        o.addBatch();
        if (shipped) {
            s.delivery.setString(1, id);
            s.delivery.setInt(2, 1);
            s.delivery.setString(3, type == 3 || type == 5 ? "xlobo" : "ems");
            s.delivery.setString(4, (type == 3 || type == 5 ? "DB" : "EM") + (100_000_000L + orderId % 900_000_000L)
                    + "US");
            s.delivery.setLong(5, shippedAt);
            s.delivery.addBatch();
        }
        if (status != 1 && r.nextInt(100) < 3) {
            boolean open = r.nextInt(10) == 0;
            s.refund.setString(1, "r" + id);
            s.refund.setString(2, id);
            s.refund.setInt(3, open ? 0 : r.nextBoolean() ? 1 : -1);
            s.refund.setLong(4, amount / 2);
            s.refund.setString(5, "尺码不合适");
            long requested = open ? now.toEpochMilli() - r.nextLong(3 * DAY) : paid + DAY;
            s.refund.setLong(6, requested);
            s.refund.setObject(7, open ? null : requested + 3_600_000);
            s.refund.addBatch();
        }
        if (++s.pending >= 2000) {
            s.flush();
        }
    }

    /** The prepared statements of one transaction. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement order;
        final PreparedStatement item;
        final PreparedStatement delivery;
        final PreparedStatement refund;
        int pending;

        Statements(Connection c) throws SQLException {
            order = c.prepareStatement("INSERT INTO orders (order_id, trade_id, status, buyer_id, amount_fen, "
                    + "payment_fen, ordered_at, paid_at, accepted_at, shipped_at, received_at, cancelled_at, "
                    + "buyer_remark, color_flag, receiver_name, receiver_state, receiver_address, receiver_mobile, "
                    + "domestic_delivered, delivery_type, synced_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            item = c.prepareStatement("INSERT INTO order_item (order_item_id, order_id, product_id, sku_id, "
                    + "product_title, sku_properties_name, delivery_type, price_fen, quantity, payment_fen, position) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            delivery = c.prepareStatement("INSERT INTO delivery (order_id, leg, logistics_company_code, "
                    + "tracking_number, delivered_at) VALUES (?, ?, ?, ?, ?)");
            refund = c.prepareStatement("INSERT INTO refund (refund_id, order_id, status, amount_fen, reason, "
                    + "requested_at, handled_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        }

        void flush() throws SQLException {
            order.executeBatch();
            item.executeBatch();
            delivery.executeBatch();
            refund.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            order.close();
            item.close();
            delivery.close();
            refund.close();
        }
    }
}
