package dev.wharf.platform.dto;

/** Per-order result of accept, deliver, cancel and address change. */
public record OrderResult(Long orderId, Boolean execSuccess, String msg) implements ItemResult {
    @Override
    public String itemKey() {
        return String.valueOf(orderId);
    }

    @Override
    public boolean ok() {
        return Boolean.TRUE.equals(execSuccess);
    }
}
