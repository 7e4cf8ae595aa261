package dev.wharf.sync.outbox;

import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.CouponIssueResult;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.ImageUploadRequest;
import dev.wharf.platform.dto.ItemResult;
import dev.wharf.platform.dto.MemoUpdateRequest;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.SkuPriceUpdateRequest.SkuPrice;
import dev.wharf.platform.dto.SkuStockUpdateRequest.SkuStock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How each outbox command becomes ONE platform call, and the call's answer an outcome per entry (decision 0007):
 * array methods answer per item (matched back to the entries by order id, outer SKU id or product id), the others
 * answer for their single entry. A coupon issue that failed for some buyers keeps only those buyers in its entry.
 */
final class CommandCalls {
    private final PlatformApi api;
    private final OutboxStore store;

    CommandCalls(PlatformApi api, OutboxStore store) {
        this.api = api;
        this.store = store;
    }

    record Outcome(boolean ok, String message, Object result) {
    }

    Map<Long, Outcome> call(Command command, List<OutboxEntry> entries) {
        return switch (command) {
            case ORDER_ACCEPT -> batch(entries, Payloads.Accept.class, p -> String.valueOf(p.orderId()),
                    ps -> api.acceptOrders(ps.stream().map(Payloads.Accept::orderId).toList()));
            case ORDER_DELIVER -> batch(entries, DeliverOrder.class, p -> String.valueOf(p.orderId()),
                    api::deliverOrders);
            case ORDER_CANCEL -> batch(entries, CancelOrder.class, p -> String.valueOf(p.orderId()),
                    api::cancelOrders);
            case SKU_STOCK -> batch(entries, Payloads.Stock.class, Payloads.Stock::outerSkuId,
                    ps -> api.updateStock(ps.stream().map(p -> new SkuStock(p.outerSkuId(), p.stockNum())).toList()));
            case SKU_PRICE -> batch(entries, Payloads.Price.class, Payloads.Price::outerSkuId,
                    ps -> api.updatePrices(ps.stream().map(p -> new SkuPrice(p.outerSkuId(), p.productPrice(),
                            p.productVipPrice(), p.productNewuserPrice())).toList()));
            case PRODUCT_SHELVE -> batch(entries, Payloads.ProductRef.class, Payloads.ProductRef::productId,
                    ps -> api.shelveProducts(ps.stream().map(Payloads.ProductRef::productId).toList()));
            case PRODUCT_UNSHELVE -> batch(entries, Payloads.ProductRef.class, Payloads.ProductRef::productId,
                    ps -> api.unshelveProducts(ps.stream().map(Payloads.ProductRef::productId).toList()));
            case ORDER_ADDRESS -> single(entries, api.updateAddress(
                    Payloads.read(entries.get(0).payload(), AddressUpdateRequest.class)));
            case ORDER_MEMO -> single(entries, api.updateMemo(
                    Payloads.read(entries.get(0).payload(), MemoUpdateRequest.class)));
            case REFUND_APPROVE -> {
                Payloads.RefundApprove p = Payloads.read(entries.get(0).payload(), Payloads.RefundApprove.class);
                yield single(entries, api.approveRefund(p.refundId(), p.refundAmount()));
            }
            case REFUND_REJECT -> {
                Payloads.RefundReject p = Payloads.read(entries.get(0).payload(), Payloads.RefundReject.class);
                yield single(entries, api.rejectRefund(p.refundId(), p.reason()));
            }
            case PRODUCT_CREATE -> single(entries, api.createProduct(
                    Payloads.read(entries.get(0).payload(), ProductWriteRequest.class)));
            case PRODUCT_IMAGE -> {
                Payloads.ImageUpload p = Payloads.read(entries.get(0).payload(), Payloads.ImageUpload.class);
                yield single(entries, api.uploadImage(new ImageUploadRequest(p.contentHash(), p.contentType(),
                        java.util.Base64.getEncoder().encodeToString(store.imageBytes(p.ref())))));
            }
            case PRODUCT_UPDATE -> single(entries, api.updateProduct(
                    Payloads.read(entries.get(0).payload(), ProductWriteRequest.class)));
            case COUPON_CREATE -> {
                var coupon = api.createCoupon(Payloads.read(entries.get(0).payload(), CouponCreateRequest.class));
                yield Map.of(entries.get(0).id(), new Outcome(true, "", coupon));
            }
            case COUPON_STOP -> {
                var coupon = api.stopCoupon(Payloads.read(entries.get(0).payload(), Payloads.CouponRef.class)
                        .couponId());
                yield Map.of(entries.get(0).id(), new Outcome(true, "", coupon));
            }
            case COUPON_ISSUE -> issue(entries.get(0));
        };
    }

    private <P, R extends ItemResult> Map<Long, Outcome> batch(List<OutboxEntry> entries, Class<P> type,
                                                               Function<P, String> key,
                                                               Function<List<P>, BatchResult<R>> call) {
        List<P> payloads = new ArrayList<>();
        Map<String, Long> idByKey = new HashMap<>();
        for (OutboxEntry e : entries) {
            P p = Payloads.read(e.payload(), type);
            payloads.add(p);
            idByKey.put(key.apply(p), e.id());
        }
        Map<Long, Outcome> out = new HashMap<>();
        for (R r : call.apply(payloads).results()) {
            Long id = idByKey.get(r.itemKey());
            if (id != null) {
                out.put(id, new Outcome(r.ok(), r.msg(), r));
            }
        }
        return out;
    }

    private static <R extends ItemResult> Map<Long, Outcome> single(List<OutboxEntry> entries, BatchResult<R> r) {
        if (r.results().isEmpty()) {
            return Map.of();
        }
        R first = r.results().get(0);
        return Map.of(entries.get(0).id(), new Outcome(first.ok(), first.msg(), first));
    }

    /** Issues a coupon; buyers that failed stay in the entry (now rejected), the others are done. */
    private Map<Long, Outcome> issue(OutboxEntry e) {
        Payloads.CouponIssue p = Payloads.read(e.payload(), Payloads.CouponIssue.class);
        BatchResult<CouponIssueResult> r = api.issueCoupon(p.couponId(), p.buyerIds());
        List<CouponIssueResult> failures = r.failures();
        if (failures.isEmpty()) {
            return Map.of(e.id(), new Outcome(true, "", r));
        }
        List<String> left = failures.stream().map(CouponIssueResult::buyerId).toList();
        store.replacePayload(e.id(), Payloads.write(new Payloads.CouponIssue(p.couponId(), left)));
        StringBuilder msg = new StringBuilder();
        for (CouponIssueResult f : failures) {
            msg.append(msg.length() == 0 ? "" : "; ").append(f.buyerId()).append(": ").append(f.msg());
        }
        return Map.of(e.id(), new Outcome(false, msg.toString(), r));
    }
}
