package dev.wharf.sync.outbox;

import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest;
import dev.wharf.platform.dto.CompassRequest;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.CouponGrantsResponse;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.CouponIssueResult;
import dev.wharf.platform.dto.CouponListResponse;
import dev.wharf.platform.dto.CustomerListResponse;
import dev.wharf.platform.dto.DeliverOrdersRequest;
import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.LogisticsCompaniesResponse;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.OrderListResponse;
import dev.wharf.platform.dto.OrderResult;
import dev.wharf.platform.dto.PageRequest;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.platform.dto.RefundResult;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.SimulateRequest;
import dev.wharf.platform.dto.SimulateResponse;
import dev.wharf.platform.dto.SkuPriceUpdateRequest;
import dev.wharf.platform.dto.SkuResult;
import dev.wharf.platform.dto.SkuStockUpdateRequest;
import dev.wharf.platform.dto.TrafficResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A {@link PlatformApi} that forwards every call to a real one through a {@link Hook} (which may fail before or
 * after forwarding), and records the calls it forwarded.
 */
class InterceptingApi implements PlatformApi {

    /** Decides around each call; {@code forward.get()} performs it. */
    interface Hook {
        Object around(String method, Object argument, Supplier<Object> forward);

        Hook NONE = (m, a, f) -> f.get();
    }

    /** A call that reached the delegate. */
    record Call(String method, Object argument) {
    }

    private final PlatformApi delegate;
    volatile Hook hook = Hook.NONE;
    final List<Call> forwarded = new CopyOnWriteArrayList<>();

    InterceptingApi(PlatformApi delegate) {
        this.delegate = delegate;
    }

    long count(String method) {
        return forwarded.stream().filter(c -> c.method().equals(method)).count();
    }

    @SuppressWarnings("unchecked")
    private <T> T go(String method, Object argument, Supplier<T> call) {
        return (T) hook.around(method, argument, () -> {
            T result = call.get();
            forwarded.add(new Call(method, argument));
            return result;
        });
    }

    @Override
    public OrderListResponse listOrders(OrderListRequest r) {
        return go("listOrders", r, () -> delegate.listOrders(r));
    }

    @Override
    public OrderInfo orderDetail(long orderId, boolean d) {
        return go("orderDetail", orderId, () -> delegate.orderDetail(orderId, d));
    }

    @Override
    public BatchResult<OrderResult> acceptOrders(List<Long> ids) {
        return go("acceptOrders", ids, () -> delegate.acceptOrders(ids));
    }

    @Override
    public BatchResult<OrderResult> deliverOrders(List<DeliverOrdersRequest.DeliverOrder> d) {
        return go("deliverOrders", d, () -> delegate.deliverOrders(d));
    }

    @Override
    public List<LogisticsCompaniesResponse.LogisticsCompany> logisticsCompanies() {
        return go("logisticsCompanies", null, delegate::logisticsCompanies);
    }

    @Override
    public ProductListResponse listProducts(ProductListRequest r) {
        return go("listProducts", r, () -> delegate.listProducts(r));
    }

    @Override
    public ProductInfo productDetail(String id) {
        return go("productDetail", id, () -> delegate.productDetail(id));
    }

    @Override
    public BatchResult<SkuResult> updateStock(List<SkuStockUpdateRequest.SkuStock> s) {
        return go("updateStock", s, () -> delegate.updateStock(s));
    }

    @Override
    public BatchResult<SkuResult> updatePrices(List<SkuPriceUpdateRequest.SkuPrice> p) {
        return go("updatePrices", p, () -> delegate.updatePrices(p));
    }

    @Override
    public OrderChangesResponse orderChanges(OrderChangesRequest r) {
        return go("orderChanges", r, () -> delegate.orderChanges(r));
    }

    @Override
    public BatchResult<OrderResult> cancelOrders(List<CancelOrdersRequest.CancelOrder> c) {
        return go("cancelOrders", c, () -> delegate.cancelOrders(c));
    }

    @Override
    public BatchResult<OrderResult> updateAddress(AddressUpdateRequest r) {
        return go("updateAddress", r, () -> delegate.updateAddress(r));
    }

    @Override
    public BatchResult<OrderResult> updateMemo(dev.wharf.platform.dto.MemoUpdateRequest r) {
        return go("updateMemo", r, () -> delegate.updateMemo(r));
    }

    @Override
    public RefundListResponse listRefunds(RefundListRequest r) {
        return go("listRefunds", r, () -> delegate.listRefunds(r));
    }

    @Override
    public BatchResult<RefundResult> approveRefund(String id, BigDecimal amount) {
        return go("approveRefund", id, () -> delegate.approveRefund(id, amount));
    }

    @Override
    public BatchResult<RefundResult> rejectRefund(String id, String reason) {
        return go("rejectRefund", id, () -> delegate.rejectRefund(id, reason));
    }

    @Override
    public BatchResult<ProductResult> createProduct(ProductWriteRequest r) {
        return go("createProduct", r, () -> delegate.createProduct(r));
    }

    @Override
    public BatchResult<ProductResult> updateProduct(ProductWriteRequest r) {
        return go("updateProduct", r, () -> delegate.updateProduct(r));
    }

    @Override
    public BatchResult<ProductResult> shelveProducts(List<String> ids) {
        return go("shelveProducts", ids, () -> delegate.shelveProducts(ids));
    }

    @Override
    public BatchResult<ProductResult> unshelveProducts(List<String> ids) {
        return go("unshelveProducts", ids, () -> delegate.unshelveProducts(ids));
    }

    @Override
    public BatchResult<dev.wharf.platform.dto.ImageResult> uploadImage(dev.wharf.platform.dto.ImageUploadRequest r) {
        return go("uploadImage", r, () -> delegate.uploadImage(r));
    }

    @Override
    public CustomerListResponse listCustomers(PageRequest r) {
        return go("listCustomers", r, () -> delegate.listCustomers(r));
    }

    @Override
    public CouponListResponse listCoupons(PageRequest r) {
        return go("listCoupons", r, () -> delegate.listCoupons(r));
    }

    @Override
    public CouponInfo createCoupon(CouponCreateRequest r) {
        return go("createCoupon", r, () -> delegate.createCoupon(r));
    }

    @Override
    public CouponInfo stopCoupon(String id) {
        return go("stopCoupon", id, () -> delegate.stopCoupon(id));
    }

    @Override
    public BatchResult<CouponIssueResult> issueCoupon(String id, List<String> buyers) {
        return go("issueCoupon", buyers, () -> delegate.issueCoupon(id, buyers));
    }

    @Override
    public CouponGrantsResponse couponGrants(String id, int page, int rows) {
        return go("couponGrants", id, () -> delegate.couponGrants(id, page, rows));
    }

    @Override
    public TrafficResponse traffic(CompassRequest r) {
        return go("traffic", r, () -> delegate.traffic(r));
    }

    @Override
    public DsrResponse dsr() {
        return go("dsr", null, delegate::dsr);
    }

    @Override
    public SellThroughResponse sellThrough(CompassRequest r) {
        return go("sellThrough", r, () -> delegate.sellThrough(r));
    }

    @Override
    public SellerLevelResponse sellerLevel() {
        return go("sellerLevel", null, delegate::sellerLevel);
    }

    @Override
    public SimulateResponse simulate(SimulateRequest r) {
        return go("simulate", r, () -> delegate.simulate(r));
    }
}
