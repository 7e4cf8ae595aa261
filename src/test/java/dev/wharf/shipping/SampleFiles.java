package dev.wharf.shipping;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the shipping samples in {@code samples/shipping/} (committed; {@link SamplesTest} reads them):
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dmain.class=dev.wharf.shipping.SampleFiles -Dexec.args=samples/shipping}.
 * Their orders are those of {@link #shop}: a test shop, not the sandbox's (whose ids depend on when it was created).
 */
public final class SampleFiles {
    static final String[] ORDERS = {"112532318", "112532319", "112532320", "112532321", "112532322"};

    private SampleFiles() {
    }

    /** The shop the samples were written for: five accepted orders, two of one cart. */
    static TestShop shop(Path dir) {
        TestShop shop = new TestShop(dir);
        shop.order(ORDERS[0], "T9001", 17, 2).order(ORDERS[1], "T9002", 17, 2).order(ORDERS[2], "T9002", 17, 2)
                .order(ORDERS[3], "T9003", 17, 3).order(ORDERS[4], "T9004", 17, 2);
        return shop;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/shipping");
        Files.createDirectories(dir);
        // the platform's template, filled in: company codes, tracking numbers typed as text
        Sheets.xlsx(dir.resolve("platform-template-filled.xlsx"), new Object[] {"序号", "订单号", "物流公司编号", "物流单号"},
                new Object[] {"1", ORDERS[0], "Y073", "SF1400012345678"},
                new Object[] {"2", ORDERS[1], "Y068", "EA123456789JP"},
                new Object[] {"3", ORDERS[2], "Y068", "EA123456789JP"},
                new Object[] {"4", ORDERS[3], "Y048", "RR987654321JP"});
        // a forwarder's own export: a title row, other headers, carrier names, extra columns, and one tracking
        // number pasted as a number (Excel already rounded it)
        Sheets.xlsx(dir.resolve("forwarder-export.xlsx"), new Object[] {"Tokyo Forwarding Co. — shipment list 2030-01-02"},
                new Object[] {"No.", "Order ID", "Receiver", "Carrier", "Tracking No.", "Weight (kg)", "Fee (JPY)"},
                new Object[] {"1", ORDERS[0], "张三", "SF Express", "SF1400012345678", "1.2", "2400"},
                new Object[] {"2", ORDERS[3], "李四", "日本邮政", "RR987654321JP", "0.8", "1800"},
                new Object[] {"3", ORDERS[4], "王五", "顺丰", 9.400111899223197E21, "2.1", "3100"});
        // orders shipped in several parcels: an order on two rows, several numbers in one cell (commas, 、, a line
        // break), all in the platform's template
        Sheets.xlsx(dir.resolve("parcels.xlsx"), new Object[] {"序号", "订单号", "物流公司编号", "物流单号"},
                new Object[] {"1", ORDERS[0], "Y073", "SF1400012345601"},
                new Object[] {"2", ORDERS[0], "Y073", "SF1400012345602"},
                new Object[] {"3", ORDERS[3], "Y048", "RR987654301JP、RR987654302JP"},
                new Object[] {"4", ORDERS[4], "Y073", "SF1400012345611,SF1400012345612\nSF1400012345613"});
        // a CSV saved by Chinese Excel: GBK, full-width characters and stray spaces
        Sheets.csv(dir.resolve("shipments-gbk.csv"), Charset.forName("GBK"), false, "订单编号,快递公司,快递单号,备注",
                "１１２５３２３１８, 顺丰速运 ,ＳＦ１４０００１２３４５６７８,易碎", ORDERS[4] + ",圆通速递,YT5550001112223 ,");
    }
}
