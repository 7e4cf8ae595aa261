package dev.wharf.platform;

import static dev.wharf.platform.Envelopes.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.ProductInfo;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging over a MockWebServer that pages a list of N rows by the request's page_no and page_rows. */
class PagingTest {
    private static final OrderListRequest PAID_YESTERDAY = new OrderListRequest("2", OrderListRequest.DATE_PAID, 1,
            "2024-05-01 00:00:00", "2024-05-01 23:59:59", 7, 13, true); // page fields are ignored by Paging

    private final ObjectMapper mapper = Json.mapper();
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private MockWebServer server;
    private GatewayClient client;
    private int rows;
    private Integer reportedTotal;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    JsonNode body = mapper.readTree(request.getBody().readUtf8());
                    JsonNode biz = mapper.readTree(body.get("biz_content").asText());
                    requests.add(biz);
                    return page(body.get("method").asText(), biz.get("page_no").asInt(),
                            biz.get("page_rows").asInt());
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(500);
                }
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = Envelopes.client(Envelopes.config(Envelopes.baseUrl(server)));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    private MockResponse page(String method, int pageNo, int pageRows) {
        int from = Math.min(rows, (pageNo - 1) * pageRows);
        int to = Math.min(rows, from + pageRows);
        if (Methods.ORDER_LIST.equals(method)) {
            String orders = IntStream.range(from, to).mapToObj(i -> "{\"order_id\":" + (1000 + i) + "}")
                    .collect(Collectors.joining(","));
            return ok("{\"orders_info\":[" + orders + "]}");
        }
        String products = IntStream.range(from, to).mapToObj(i -> "{\"product_id\":\"p" + i + "\"}")
                .collect(Collectors.joining(","));
        int total = reportedTotal != null ? reportedTotal : rows;
        return ok("{\"total_count\":" + total + ",\"product_infos\":[" + products + "]}");
    }

    @Test
    void ordersComeFromPagesOf100UntilAShortPage() {
        rows = 250;

        List<Long> ids = Paging.orders(client, PAID_YESTERDAY).map(OrderInfo::orderId).toList();

        assertThat(ids).hasSize(250).startsWith(1000L).endsWith(1249L).doesNotHaveDuplicates();
        assertThat(requests).extracting(r -> r.get("page_no").asInt()).containsExactly(1, 2, 3);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.get("page_rows").asInt()).isEqualTo(100);
            assertThat(r.get("order_status").asText()).isEqualTo("2");
            assertThat(r.get("date_type").asInt()).isEqualTo(OrderListRequest.DATE_PAID);
            assertThat(r.get("start_date").asText()).isEqualTo("2024-05-01 00:00:00");
            assertThat(r.get("needs_delivery_info").asBoolean()).isTrue();
        });
    }

    @Test
    void aFullLastPageCostsOneEmptyPage() {
        rows = 200;

        List<List<OrderInfo>> pages = new ArrayList<>();
        Paging.orderPages(client, PAID_YESTERDAY).forEach(pages::add);

        assertThat(pages).extracting(List::size).containsExactly(100, 100);
        assertThat(requests).hasSize(3);
    }

    @Test
    void noOrdersIsOneRequestAndNoPage() {
        rows = 0;

        assertThat(Paging.orderPages(client, PAID_YESTERDAY)).isEmpty();
        assertThat(requests).hasSize(1);
    }

    @Test
    void pagesAreFetchedOnlyAsTheCallerAdvances() {
        rows = 1000;

        assertThat(Paging.orders(client, PAID_YESTERDAY).limit(150).count()).isEqualTo(150);
        assertThat(requests).hasSize(2);
    }

    @Test
    void productsStopAtTheTotalCount() {
        rows = 230;

        List<String> ids = Paging.products(client, null).map(ProductInfo::productId).toList();

        assertThat(ids).hasSize(230).startsWith("p0").endsWith("p229");
        assertThat(requests).extracting(r -> r.get("page_no").asInt()).containsExactly(1, 2, 3);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.get("page_rows").asInt()).isEqualTo(100);
            assertThat(r.has("productid_list")).isFalse();
        });
    }

    @Test
    void productsExactlyFillingPagesNeedNoExtraRequest() {
        rows = 200;

        assertThat(Paging.products(client, null).count()).isEqualTo(200);
        assertThat(requests).hasSize(2);
    }

    @Test
    void aTotalCountThatOverstatesStopsAtTheFirstEmptyPage() {
        rows = 120;
        reportedTotal = 5000;

        assertThat(Paging.products(client, List.of("p1", "p2")).count()).isEqualTo(120);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).get("productid_list")).hasSize(2);
    }

    @Test
    void chunksSplitBatchesOf100() {
        List<Integer> items = IntStream.range(0, 250).boxed().toList();

        List<List<Integer>> chunks = Paging.chunks(items, Paging.MAX_BATCH);

        assertThat(chunks).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(items);
        assertThat(Paging.chunks(List.of(), 100)).isEmpty();
        assertThat(Paging.chunks(IntStream.range(0, 100).boxed().toList(), 100)).hasSize(1);
        assertThatThrownBy(() -> Paging.chunks(items, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chunks.get(0).add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void chunksFitTheBatchCalls() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return ok("{\"results\":[]}");
            }
        });
        List<Long> ids = IntStream.range(0, 230).mapToObj(i -> (long) i).toList();

        Paging.chunks(ids, Paging.MAX_BATCH).forEach(client::acceptOrders);

        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
