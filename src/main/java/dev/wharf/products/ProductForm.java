package dev.wharf.products;

import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.SkuInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The product editor's rules: which field is wrong and why (a bundle key per field, so the editor marks the field
 * itself), the platform's naming hint, and the platform command a valid draft becomes. Pure.
 *
 * <p>Field names: {@code category}, {@code brand}, {@code name}, {@code delivery}, {@code listTo}, {@code images},
 * {@code preSale}, {@code skus}, and per SKU {@code sku.<i>.outerId}, {@code .price}, {@code .vipPrice},
 * {@code .newCustomerPrice}, {@code .stock}, {@code .weight}, {@code .properties}, {@code .bundle}.
 *
 * <p>Pre-sale (预订, handbook "预订商品发布"): only with direct mail, official direct mail (xlobo) or 拼邮, and never
 * scheduled to go on sale later (the platform does not list pre-sale products automatically). Sets (套装): at most
 * {@value BundleText#MAX_ITEMS} items per SKU.
 */
public final class ProductForm {
    static final int NAME_MAX = 100;
    /** Delivery types a pre-sale product may use: direct mail, official direct mail (xlobo), 拼邮. */
    static final Set<DeliveryType> PRE_SALE_DELIVERY = Set.of(DeliveryType.DIRECT_MAIL,
            DeliveryType.OFFICIAL_DIRECT_MAIL, DeliveryType.CONSOLIDATED);

    private ProductForm() {
    }

    /**
     * The fields that break a rule, in form order.
     *
     * @param ownerOfOuterId the product an outer SKU id belongs to in the shop (null: free)
     */
    public static Map<String, String> problems(ProductDraft d, Function<String, String> ownerOfOuterId) {
        return problems(d, ownerOfOuterId, LocalDate.now(GatewayTime.ZONE));
    }

    /** As {@link #problems(ProductDraft, Function)} on the platform day {@code today} (GMT+8). */
    public static Map<String, String> problems(ProductDraft d, Function<String, String> ownerOfOuterId,
                                               LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!positiveInt(d.categoryId()) || blank(d.categoryName())) {
            out.put("category", "products.editor.invalid.category");
        }
        if (blank(d.brandName()) || (!blank(d.brandId()) && !positiveInt(d.brandId()))) {
            out.put("brand", "products.editor.invalid.brand");
        }
        if (blank(d.name())) {
            out.put("name", "products.editor.invalid.name");
        } else if (d.name().strip().length() > NAME_MAX) {
            out.put("name", "products.editor.invalid.nameLength");
        }
        if (d.deliveryType() == null) {
            out.put("delivery", "products.editor.invalid.delivery");
        }
        if (d.listFrom() != null && d.listTo() != null && !d.listTo().isAfter(d.listFrom())) {
            out.put("listTo", "products.editor.invalid.window");
        }
        if (d.images().size() > ProductImages.MAX_IMAGES) {
            out.put("images", "products.editor.invalid.images");
        }
        if (d.preSale() && d.deliveryType() != null && !PRE_SALE_DELIVERY.contains(d.deliveryType())) {
            out.put("preSale", "products.editor.invalid.preSaleDelivery");
        } else if (d.preSale() && d.listFrom() != null && d.listFrom().toLocalDate().isAfter(today)) {
            out.put("preSale", "products.editor.invalid.preSaleScheduled");
        }
        if (d.skus().isEmpty()) {
            out.put("skus", "products.editor.invalid.noSku");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.skus().size(); i++) {
            ProductDraft.SkuDraft s = d.skus().get(i);
            String p = "sku." + i + ".";
            String outer = s.outerId() == null ? "" : s.outerId().strip();
            if (outer.isEmpty()) {
                out.put(p + "outerId", "products.editor.invalid.outerId");
            } else if (!seen.add(outer.toLowerCase(Locale.ROOT))) {
                out.put(p + "outerId", "products.editor.invalid.outerIdTwice");
            } else {
                String owner = ownerOfOuterId.apply(outer);
                if (owner != null && !owner.equals(d.productId())) {
                    out.put(p + "outerId", "products.editor.invalid.outerIdUsed");
                }
            }
            Long price = fen(s.price());
            if (price == null || price <= 0) {
                out.put(p + "price", "products.invalid.price");
            }
            for (String[] other : new String[][] {{"vipPrice", s.vipPrice()}, {"newCustomerPrice",
                    s.newCustomerPrice()}}) {
                if (!blank(other[1])) {
                    Long v = fen(other[1]);
                    if (v == null || v < 0) {
                        out.put(p + other[0], "products.invalid.otherPrice");
                    }
                }
            }
            if (!nonNegativeInt(s.stock())) {
                out.put(p + "stock", "products.invalid.stock");
            }
            if (!blank(s.weight()) && !nonNegativeDecimal(s.weight())) {
                out.put(p + "weight", "products.editor.invalid.weight");
            }
            if (!blank(s.properties()) && !propertiesReadable(s.properties())) {
                out.put(p + "properties", "products.editor.invalid.properties");
            }
            if (!blank(s.bundle()) && BundleText.parse(s.bundle()) == null) {
                out.put(p + "bundle", "products.editor.invalid.bundle");
            }
        }
        return out;
    }

    /**
     * What the naming rule (brand + product + keywords + spec) misses in {@code name}: bundle keys, empty when it looks
     * right. The platform asks for at least the brand name, the product, keywords and the spec (size, volume…).
     */
    public static List<String> namingHints(String name, String brand) {
        List<String> out = new ArrayList<>();
        if (blank(name)) {
            return out;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (!blank(brand) && !n.contains(brand.strip().toLowerCase(Locale.ROOT))) {
            out.add("products.editor.hint.brand");
        }
        if (name.strip().split("[\\s\u3000]+").length < 3) {
            out.add("products.editor.hint.keywords");
        }
        if (!name.matches("(?s).*\\d.*")) {
            out.add("products.editor.hint.spec");
        }
        return out;
    }

    /** The platform product of a draft with no problems. */
    public static ProductInfo toPlatform(ProductDraft d) {
        List<SkuInfo> skus = new ArrayList<>();
        for (ProductDraft.SkuDraft s : d.skus()) {
            List<SkuInfo.SkuProperty> props = blank(s.properties()) ? List.of()
                    : SkuInfo.SkuProperty.parseAll(s.properties());
            skus.add(new SkuInfo(null, props, s.outerId().strip(), true, Money.yuan(Money.parseFen(s.price())),
                    blank(s.vipPrice()) ? null : Money.yuan(Money.parseFen(s.vipPrice())),
                    blank(s.newCustomerPrice()) ? null : Money.yuan(Money.parseFen(s.newCustomerPrice())),
                    Integer.valueOf(s.stock().strip()), blank(s.weight()) ? null
                    : new BigDecimal(s.weight().strip()).doubleValue(), s.weightUnit(), null,
                    blank(s.bundle()) ? null : BundleText.parse(s.bundle())));
        }
        return new ProductInfo(d.productId(), d.name().strip(), Integer.valueOf(d.categoryId().strip()),
                d.categoryName().strip(), blank(d.brandId()) ? null : Integer.valueOf(d.brandId().strip()),
                d.brandName().strip(), d.images(), null, null, null,
                d.listFrom() == null ? null : GatewayTime.FORMAT.format(d.listFrom()),
                d.listTo() == null ? null : GatewayTime.FORMAT.format(d.listTo()), d.deliveryType().code(), false,
                skus, null, d.preSale());
    }

    private static boolean propertiesReadable(String text) {
        for (SkuInfo.SkuProperty p : SkuInfo.SkuProperty.parseAll(text)) {
            if (p.name().isEmpty() || p.value().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Long fen(String text) {
        try {
            return Money.parseFen(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private static boolean positiveInt(String text) {
        try {
            return !blank(text) && Integer.parseInt(text.strip()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean nonNegativeInt(String text) {
        try {
            return !blank(text) && Integer.parseInt(text.strip()) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean nonNegativeDecimal(String text) {
        try {
            return Money.parseDecimal(text).signum() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
