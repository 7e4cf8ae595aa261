package dev.wharf.platform;

import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest;
import dev.wharf.platform.dto.CompassRequest;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.CouponGrantsResponse;
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
import java.util.List;

/**
 * The platform as the workstation sees it: the documented gateway methods and Wharf's extensions, one typed call
 * each. Every call throws {@link PlatformException} subclasses on failure; batch calls return per-item results.
 * Write calls are never retried by the implementation: retrying is the sync layer's decision.
 */
public interface PlatformApi {
    // documented methods
    OrderListResponse listOrders(OrderListRequest request);

    OrderInfo orderDetail(long orderId, boolean needsDeliveryInfo);

    BatchResult<OrderResult> acceptOrders(List<Long> orderIds);

    BatchResult<OrderResult> deliverOrders(List<DeliverOrdersRequest.DeliverOrder> deliveries);

    List<LogisticsCompaniesResponse.LogisticsCompany> logisticsCompanies();

    ProductListResponse listProducts(ProductListRequest request);

    ProductInfo productDetail(String productId);

    BatchResult<SkuResult> updateStock(List<SkuStockUpdateRequest.SkuStock> stocks);

    BatchResult<SkuResult> updatePrices(List<SkuPriceUpdateRequest.SkuPrice> prices);

    // extensions
    OrderChangesResponse orderChanges(OrderChangesRequest request);

    BatchResult<OrderResult> cancelOrders(List<CancelOrdersRequest.CancelOrder> cancellations);

    BatchResult<OrderResult> updateAddress(AddressUpdateRequest request);

    BatchResult<OrderResult> updateMemo(dev.wharf.platform.dto.MemoUpdateRequest request);

    RefundListResponse listRefunds(RefundListRequest request);

    BatchResult<RefundResult> approveRefund(String refundId, java.math.BigDecimal confirmedAmount);

    BatchResult<RefundResult> rejectRefund(String refundId, String reason);

    BatchResult<ProductResult> createProduct(ProductWriteRequest request);

    BatchResult<ProductResult> updateProduct(ProductWriteRequest request);

    BatchResult<ProductResult> shelveProducts(List<String> productIds);

    BatchResult<ProductResult> unshelveProducts(List<String> productIds);

    /** Uploads one product image (extension {@code wharf.product.image.upload}); the same bytes give the same URL. */
    BatchResult<dev.wharf.platform.dto.ImageResult> uploadImage(dev.wharf.platform.dto.ImageUploadRequest request);

    CustomerListResponse listCustomers(PageRequest request);

    CouponListResponse listCoupons(PageRequest request);

    dev.wharf.platform.dto.CouponInfo createCoupon(CouponCreateRequest request);

    dev.wharf.platform.dto.CouponInfo stopCoupon(String couponId);

    BatchResult<CouponIssueResult> issueCoupon(String couponId, List<String> buyerIds);

    CouponGrantsResponse couponGrants(String couponId, int pageNo, int pageRows);

    TrafficResponse traffic(CompassRequest request);

    DsrResponse dsr();

    SellThroughResponse sellThrough(CompassRequest request);

    SellerLevelResponse sellerLevel();

    /** Sandbox only. */
    SimulateResponse simulate(SimulateRequest request);
}
