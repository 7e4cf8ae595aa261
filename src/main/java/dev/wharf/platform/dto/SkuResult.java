package dev.wharf.platform.dto;

/** Per-SKU result of stock and price updates. */
public record SkuResult(String outerSkuId, Boolean success, String msg) implements ItemResult {
    @Override
    public String itemKey() {
        return outerSkuId;
    }

    @Override
    public boolean ok() {
        return Boolean.TRUE.equals(success);
    }
}
