package dev.wharf.shipping;

import dev.wharf.spreadsheet.SheetField;
import dev.wharf.spreadsheet.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns an import reads, each with the header names (Chinese and English) that mean it. */
public enum Field implements SheetField {
    SEQ("seq", "序号", "No", "No.", "Seq", "#", "行号"),
    ORDER_ID("order_id", "订单号", "订单编号", "订单ID", "洋码头订单号", "Order ID", "order_id", "Order No.", "OrderNo",
            "Order Number"),
    CARRIER_CODE("carrier_code", "物流公司编号", "物流公司代码", "快递公司编号", "logistics_company_id", "Carrier Code",
            "Company Code", "Logistics Company Code"),
    CARRIER_NAME("carrier", "物流公司", "快递公司", "承运商", "物流商", "快递", "Carrier", "Courier", "Logistics Company",
            "Express Company"),
    TRACKING("tracking_number", "物流单号", "运单号", "快递单号", "运单编号", "物流面单号", "面单号", "国际物流单号",
            "国内物流单号", "Tracking No.", "tracking_number", "Tracking Number", "Waybill", "Waybill No.", "AWB");

    private final String id;
    private final List<String> keys;

    Field(String id, String... synonyms) {
        this.id = id;
        this.keys = Arrays.stream(synonyms).map(Text::key).toList();
    }

    /** The name used in mapping files and messages ("order_id", "tracking_number", "carrier", "carrier_code"). */
    @Override
    public String id() {
        return id;
    }

    /** Whether a header cell names this field. */
    @Override
    public boolean matches(String header) {
        return keys.contains(Text.key(header));
    }

    public static Optional<Field> ofId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The field a header names, if any. */
    public static Optional<Field> of(String header) {
        return Arrays.stream(values()).filter(f -> f.matches(header)).findFirst();
    }
}
