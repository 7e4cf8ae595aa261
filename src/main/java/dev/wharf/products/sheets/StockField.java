package dev.wharf.products.sheets;

import dev.wharf.spreadsheet.SheetField;
import dev.wharf.spreadsheet.Text;
import java.util.Arrays;
import java.util.List;

/** The columns a stock and price file carries, each with the header names (Chinese and English) that mean it. */
public enum StockField implements SheetField {
    OUTER_ID("outer_sku_id", "商家编码", "外部编码", "商品编码", "SKU编码", "规格编码", "outer_sku_id", "outer_id", "SKU",
            "SKU ID", "Outer SKU ID", "Outer ID", "货号"),
    STOCK("stock", "库存", "可售库存", "库存数量", "数量", "stock", "Stock", "Qty", "Quantity", "stock_num", "Inventory"),
    PRICE("price", "价格", "售价", "销售价", "单价", "price", "Price", "Sale Price", "product_price"),
    VIP_PRICE("vip_price", "VIP价", "VIP价格", "会员价", "vip price", "vip_price", "VIP"),
    NEW_CUSTOMER_PRICE("new_customer_price", "新客价", "新人价", "新客价格", "new customer price", "new_customer_price",
            "New Price", "new_price");

    private final String id;
    private final List<String> keys;

    StockField(String id, String... synonyms) {
        this.id = id;
        this.keys = Arrays.stream(synonyms).map(Text::key).toList();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean matches(String header) {
        return keys.contains(Text.key(header));
    }

    /** The value fields (all but the outer SKU id). */
    public static List<StockField> values(boolean withId) {
        return withId ? List.of(values()) : List.of(STOCK, PRICE, VIP_PRICE, NEW_CUSTOMER_PRICE);
    }
}
