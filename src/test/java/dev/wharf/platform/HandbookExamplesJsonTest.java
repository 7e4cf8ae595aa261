package dev.wharf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wharf.platform.dto.AcceptOrdersRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.DeliverOrdersRequest;
import dev.wharf.platform.dto.ItemResult;
import dev.wharf.platform.dto.LogisticsCompaniesResponse;
import dev.wharf.platform.dto.OrderDetailRequest;
import dev.wharf.platform.dto.OrderDetailResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderItemInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.OrderListResponse;
import dev.wharf.platform.dto.OrderResult;
import dev.wharf.platform.dto.ProductDetailRequest;
import dev.wharf.platform.dto.ProductDetailResponse;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.platform.dto.SkuPriceUpdateRequest;
import dev.wharf.platform.dto.SkuResult;
import dev.wharf.platform.dto.SkuStockUpdateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The handbook's example requests and responses (copied verbatim as protocol test vectors into
 * src/test/resources/dev/wharf/platform/examples; the order list's "..." placeholder removed) read into the DTOs,
 * and the DTOs written back with the spec's field names.
 */
class HandbookExamplesJsonTest {
    private final ObjectMapper mapper = Json.mapper();

    // ------------------------------------------------------------------ helpers

    private String resource(String name) {
        try (InputStream in = getClass().getResourceAsStream("examples/" + name + ".json")) {
            assertThat(in).as("example %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example request's biz_content, which is a JSON string inside the JSON body. */
    private JsonNode bizContent(String method) {
        JsonNode biz = tree(resource(method + ".request")).get("biz_content");
        assertThat(biz.isTextual()).as("biz_content is a string").isTrue();
        return tree(biz.asText());
    }

    private JsonNode content(String method) {
        JsonNode root = tree(resource(method + ".response"));
        assertThat(root.get("code").asText()).isEqualTo("0000");
        return root.get("content");
    }

    private <T> T read(JsonNode node, Class<T> type) throws IOException {
        return mapper.treeToValue(node, type);
    }

    private <T> T read(JsonNode node, JavaType type) throws IOException {
        return mapper.treeToValue(node, type);
    }

    private JavaType batchOf(Class<? extends ItemResult> item) {
        return mapper.getTypeFactory().constructParametricType(BatchResult.class, item);
    }

    /** Numbers compare by value (the examples' 0.0 weight is a double in the DTO); everything else exactly. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /** The example without its null fields (the mapper leaves nulls out when writing). */
    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            List<String> nulls = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    strip(e.getValue());
                }
            }
            ((ObjectNode) node).remove(nulls);
        } else if (node.isArray()) {
            node.forEach(HandbookExamplesJsonTest::strip);
        }
    }

    /** Writing the DTO back gives the example again: every field name, every value. */
    private void assertWritesBack(Object dto, JsonNode example) {
        JsonNode written = mapper.valueToTree(dto);
        JsonNode expected = withoutNulls(example);
        assertThat(written.equals(BY_VALUE, expected))
                .as("written %s%nexpected %s", written, expected).isTrue();
    }

    // ------------------------------------------------------------------ orders

    @Test
    void orderListRequestAndResponse() throws IOException {
        JsonNode biz = bizContent("order.list.get");
        OrderListRequest request = read(biz, OrderListRequest.class);
        assertThat(request).isEqualTo(new OrderListRequest("3", 1, 1, "2017-08-09 17:45:15", "2017-08-10 17:45:15",
                1, 10, true));
        assertWritesBack(request, biz);

        JsonNode content = content("order.list.get");
        OrderListResponse response = read(content, OrderListResponse.class);
        assertThat(response.ordersInfo()).hasSize(1);
        OrderInfo order = response.ordersInfo().get(0);
        assertThat(order.orderId()).isEqualTo(2138527683L);
        assertThat(order.tradeId()).isEqualTo("2133467589");
        assertThat(order.payment()).isEqualTo(new BigDecimal("585.21"));
        assertThat(order.pCouponDiscount()).isEqualTo(new BigDecimal("7.33"));
        assertThat(order.mCouponDiscount()).isEqualTo(new BigDecimal("8.46"));
        assertThat(order.orderItemsInfo()).hasSize(3).extracting(OrderItemInfo::num).containsExactly(3, 2, 5);
        assertThat(order.deliveryInfo()).singleElement().satisfies(d -> {
            assertThat(d.trackingNumber()).isEqualTo("DB683214922US");
            assertThat(d.logisticsType()).isEqualTo(OrderInfo.DeliveryInfo.INTERNATIONAL);
        });
        assertWritesBack(response, content);
    }

    @Test
    void orderDetailRequestAndResponse() throws IOException {
        JsonNode biz = bizContent("order.detail.get");
        OrderDetailRequest request = read(biz, OrderDetailRequest.class);
        assertThat(request).isEqualTo(new OrderDetailRequest(2138527836L, true));
        assertWritesBack(request, biz);

        JsonNode content = content("order.detail.get");
        OrderInfo order = read(content, OrderDetailResponse.class).orderInfo();
        assertThat(order.orderId()).isEqualTo(2138527836L);
        assertThat(order.tradeId()).isEqualTo("2133467758");
        assertThat(order.orderStatus()).isEqualTo(3);
        assertThat(order.amount()).isEqualTo(new BigDecimal("208.00")); // value and scale: 208.00, not 208 or 2.08E+2
        assertThat(order.shippingFee()).isEqualTo(new BigDecimal("0.00"));
        assertThat(order.paidTime()).isEqualTo("2017-08-10 17:28:41");
        assertThat(order.cancelTime()).isNull();
        assertThat(order.domesticDelivered()).isFalse();
        assertThat(order.idCards()).isNull();
        assertThat(order.orderItemsInfo()).hasSize(2);
        OrderItemInfo item = order.orderItemsInfo().get(0);
        assertThat(item.skuPropertiesName()).startsWith("06f25e0c-e431-44ae-8a07-4d0bc824e3bd#尺寸:").endsWith("#红色");
        assertThat(item.deliveryType()).isEqualTo(7);
        assertThat(item.price()).isEqualTo(new BigDecimal("40.00"));
        assertThat(item.orderId()).isEqualTo(2138527836L);
        assertThat(item.refundStatus()).isNull();
        assertWritesBack(new OrderDetailResponse(order), content);

        JsonNode written = mapper.valueToTree(order);
        assertThat(written.has("p_coupon_discount")).isTrue();
        assertThat(written.has("m_adjust_discount")).isTrue();
        assertThat(written.get("order_items_info").get(0).has("sku_properties_name")).isTrue();
        assertThat(written.get("amount").decimalValue()).isEqualTo(new BigDecimal("208.00"));
        assertThat(written.get("order_id").isIntegralNumber()).isTrue();
        assertThat(written.get("trade_id").isTextual()).isTrue();
    }

    @Test
    void acceptRequestAndPerOrderResults() throws IOException {
        JsonNode biz = bizContent("order.accept");
        AcceptOrdersRequest request = read(biz, AcceptOrdersRequest.class);
        assertThat(request.orderIds()).containsExactly(112532318L, 112532310L);
        assertWritesBack(request, biz);

        JsonNode content = content("order.accept");
        BatchResult<OrderResult> results = read(content, batchOf(OrderResult.class));
        assertThat(results.results()).extracting(OrderResult::orderId, OrderResult::execSuccess)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(112532318L, true),
                        org.assertj.core.groups.Tuple.tuple(112532310L, true));
        assertThat(results.results()).allMatch(ItemResult::ok);
        assertThat(results.failures()).isEmpty();
        assertWritesBack(results, content);
    }

    @Test
    void deliverRequestAndPerOrderResults() throws IOException {
        JsonNode biz = bizContent("order.deliver");
        DeliverOrdersRequest request = read(biz, DeliverOrdersRequest.class);
        assertThat(request.deliverOrders()).containsExactly(
                new DeliverOrdersRequest.DeliverOrder(112532318L, "Y073", "89049482110", false));
        assertWritesBack(request, biz);
        JsonNode written = mapper.valueToTree(request).get("deliver_orders").get(0);
        assertThat(written.has("is_domestic_delivery")).isTrue();
        assertThat(written.has("logistics_company_id")).isTrue();

        JsonNode content = content("order.deliver");
        BatchResult<OrderResult> results = read(content, batchOf(OrderResult.class));
        assertThat(results.results()).singleElement().satisfies(r -> {
            assertThat(r.orderId()).isEqualTo(112532318L);
            assertThat(r.execSuccess()).isTrue();
            assertThat(r.itemKey()).isEqualTo("112532318");
        });
        assertWritesBack(results, content);
    }

    @Test
    void aFailedItemIsReportedItemByItem() throws IOException {
        BatchResult<OrderResult> results = read(tree("{\"results\":[{\"order_id\":1,\"exec_success\":true,\"msg\":\"\"},"
                + "{\"order_id\":2,\"exec_success\":false,\"msg\":\"订单已取消\"}]}"), batchOf(OrderResult.class));

        assertThat(results.failures()).singleElement().satisfies(r -> {
            assertThat(r.orderId()).isEqualTo(2L);
            assertThat(r.msg()).isEqualTo("订单已取消");
        });
    }

    @Test
    void logisticsCompanies() throws IOException {
        JsonNode request = tree(resource("logistics.companies.get.request"));
        assertThat(request.has("biz_content")).as("no business parameters").isFalse();

        JsonNode content = content("logistics.companies.get");
        LogisticsCompaniesResponse response = read(content, LogisticsCompaniesResponse.class);
        assertThat(response.logisticsCompanies()).hasSize(13)
                .contains(new LogisticsCompaniesResponse.LogisticsCompany("Y073", "shunfeng", "顺丰速运（SF-Express）"));
        assertWritesBack(response, content);
    }

    // ------------------------------------------------------------------ products

    @Test
    void productListRequestAndResponse() throws IOException {
        JsonNode biz = bizContent("products.list.get");
        ProductListRequest request = read(biz, ProductListRequest.class);
        assertThat(request.productidList()).containsExactly("2b1809ac-3b1e-4ddf-a0f3-00c97e507a23",
                "0d46b251-9d91-42fb-b67e-112023fc9d6a");
        assertThat(request.pageNo()).isEqualTo(1);
        assertThat(request.pageRows()).isEqualTo(10);
        assertWritesBack(request, biz);
        assertThat(mapper.valueToTree(request).has("productid_list")).isTrue();

        JsonNode content = content("products.list.get");
        ProductListResponse response = read(content, ProductListResponse.class);
        assertThat(response.totalCount()).isEqualTo(4);
        assertThat(response.productInfos()).hasSize(2);
        ProductInfo product = response.productInfos().get(0);
        assertThat(product.productId()).isEqualTo("0d46b251-9d91-42fb-b67e-112023fc9d6a");
        assertThat(product.brandId()).isEqualTo(10145);
        assertThat(product.categoryId()).isEqualTo(1003);
        assertThat(product.deliveryType()).isEqualTo(2);
        assertThat(product.fbx()).isFalse();
        assertThat(product.productImages()).hasSize(1);
        SkuInfo sku = product.skus().get(0);
        assertThat(sku.price()).isEqualTo(new BigDecimal("10.00"));
        assertThat(sku.newPrice()).isEqualTo(new BigDecimal("8.00"));
        assertThat(sku.vipPrice()).isEqualTo(new BigDecimal("9.00"));
        assertThat(sku.stockNum()).isEqualTo(300);
        assertThat(sku.weight()).isEqualTo(0.0);
        assertThat(sku.used()).isTrue();
        assertThat(sku.outerId()).isEqualTo("shangpinbianma123456");
        assertThat(sku.properties()).isNull();
        assertWritesBack(response, content);
    }

    @Test
    void productDetailReadsBothSpellingsOfProductInfo() throws IOException {
        JsonNode biz = bizContent("product.detail.get");
        ProductDetailRequest request = read(biz, ProductDetailRequest.class);
        assertThat(request.productId()).isEqualTo("883a4206-957f-409a-86e3-6aa734d1bade");
        assertWritesBack(request, biz);

        JsonNode content = content("product.detail.get");
        ProductInfo lower = read(content, ProductDetailResponse.class).productInfo();
        assertThat(lower).isNotNull();
        assertThat(lower.productId()).isEqualTo("883a4206-957f-409a-86e3-6aa734d1bade");
        assertThat(lower.skus()).singleElement().extracting(SkuInfo::price).isEqualTo(new BigDecimal("10.00"));
        assertWritesBack(new ProductDetailResponse(lower), content);

        // The method page's table spells the field Product_Info.
        ObjectNode upper = mapper.createObjectNode();
        upper.set("Product_Info", content.get("product_info"));
        assertThat(read(upper, ProductDetailResponse.class).productInfo()).isEqualTo(lower);
    }

    @Test
    void skuPropertiesAsNullStringOrArray() throws IOException {
        assertThat(read(tree("{\"sku_id\":\"s\",\"properties\":null}"), SkuInfo.class).properties()).isNull();

        assertThat(read(tree("{\"properties\":\"颜色:红色\"}"), SkuInfo.class).properties())
                .containsExactly(new SkuInfo.SkuProperty("颜色", "红色", null));

        assertThat(read(tree("{\"properties\":\"颜色:红色;尺码:36\"}"), SkuInfo.class).properties())
                .containsExactly(new SkuInfo.SkuProperty("颜色", "红色", null),
                        new SkuInfo.SkuProperty("尺码", "36", null));

        assertThat(read(tree("{\"properties\":\"均码\"}"), SkuInfo.class).properties())
                .containsExactly(new SkuInfo.SkuProperty("", "均码", null));

        assertThat(read(tree("{\"properties\":\"\"}"), SkuInfo.class).properties()).isEmpty();

        SkuInfo array = read(tree("{\"properties\":[{\"name\":\"颜色\",\"value\":\"红色\",\"pic_url\":\"http://p/1.jpg\"},"
                + "{\"name\":\"尺码\",\"value\":\"36\"}]}"), SkuInfo.class);
        assertThat(array.properties()).containsExactly(new SkuInfo.SkuProperty("颜色", "红色", "http://p/1.jpg"),
                new SkuInfo.SkuProperty("尺码", "36", null));

        JsonNode written = mapper.valueToTree(array).get("properties");
        assertThat(written.isArray()).isTrue();
        assertThat(written.get(0).get("pic_url").asText()).isEqualTo("http://p/1.jpg");
    }

    // ------------------------------------------------------------------ SKUs

    @Test
    void stockUpdateRequestAndPerSkuResults() throws IOException {
        JsonNode biz = bizContent("sku.stock.update");
        SkuStockUpdateRequest request = read(biz, SkuStockUpdateRequest.class);
        assertThat(request.skuStocks()).hasSize(8)
                .first().isEqualTo(new SkuStockUpdateRequest.SkuStock("SKU1155239418", 79));
        assertWritesBack(request, biz);
        assertThat(mapper.valueToTree(request).get("sku_stocks").get(0).has("stock_num")).isTrue();

        JsonNode content = content("sku.stock.update");
        BatchResult<SkuResult> results = read(content, batchOf(SkuResult.class));
        assertThat(results.results()).hasSize(8).allSatisfy(r -> {
            assertThat(r.success()).isTrue();
            assertThat(r.ok()).isTrue();
            assertThat(r.msg()).isEqualTo("成功");
        });
        assertThat(results.results()).extracting(SkuResult::outerSkuId)
                .containsExactlyElementsOf(request.skuStocks().stream()
                        .map(SkuStockUpdateRequest.SkuStock::outerSkuId).toList());
        assertWritesBack(results, content);
    }

    @Test
    void priceUpdateRequestAndPerSkuResults() throws IOException {
        JsonNode biz = bizContent("sku.price.update");
        SkuPriceUpdateRequest request = read(biz, SkuPriceUpdateRequest.class);
        assertThat(request.skuPrices()).hasSize(8).first().isEqualTo(new SkuPriceUpdateRequest.SkuPrice(
                "SKU1186243233", new BigDecimal("3616.18"), new BigDecimal("190.09"), new BigDecimal("18.38")));
        assertThat(request.skuPrices().get(6).productNewuserPrice()).isEqualTo(new BigDecimal("2.00"));
        assertWritesBack(request, biz);
        JsonNode written = mapper.valueToTree(request).get("sku_prices").get(0);
        assertThat(written.has("product_newuser_price")).isTrue();
        assertThat(written.has("product_vip_price")).isTrue();

        JsonNode content = content("sku.price.update");
        BatchResult<SkuResult> results = read(content, batchOf(SkuResult.class));
        assertThat(results.results()).hasSize(8).allMatch(SkuResult::ok);
        assertWritesBack(results, content);
    }

    @Test
    void decimalsAreWrittenPlain() throws IOException {
        SkuPriceUpdateRequest request = new SkuPriceUpdateRequest(List.of(new SkuPriceUpdateRequest.SkuPrice("a",
                new BigDecimal("10.00").stripTrailingZeros(), new BigDecimal("0E-2"), null)));

        String json = mapper.writeValueAsString(request);

        assertThat(json).isEqualTo("{\"sku_prices\":[{\"outer_sku_id\":\"a\",\"product_price\":10,"
                + "\"product_vip_price\":0.00}]}");
    }

    @Test
    void theEnvelopeUsesTheSpecNames() throws IOException {
        GatewayRequest request = GatewayRequest.signed("app", "secret", "auth", Methods.ORDER_ACCEPT,
                "2017-06-07 14:49:38", "n", "{\"order_ids\":[1]}");

        Map<String, Object> body = mapper.readValue(mapper.writeValueAsString(request), new TypeReference<>() {
        });

        assertThat(body).containsOnlyKeys("app_id", "method", "sign_method", "auth_code", "timestamp", "nonce_str",
                "biz_content", "sign");
        assertThat(body.get("biz_content")).isEqualTo("{\"order_ids\":[1]}");
    }
}
