package dev.wharf.platform.dto;

/** Result of a refund decision. */
public record RefundResult(String refundId, Boolean execSuccess, String msg) implements ItemResult {
    @Override
    public String itemKey() {
        return refundId;
    }

    @Override
    public boolean ok() {
        return Boolean.TRUE.equals(execSuccess);
    }
}
