package dev.wharf.platform.dto;

/** Per-buyer result of issuing a coupon. */
public record CouponIssueResult(String buyerId, Boolean execSuccess, String msg) implements ItemResult {
    @Override
    public String itemKey() {
        return buyerId;
    }

    @Override
    public boolean ok() {
        return Boolean.TRUE.equals(execSuccess);
    }
}
