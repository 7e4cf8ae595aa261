package dev.wharf.platform.dto;

/** Data-compass extensions: a range of platform days, {@code yyyy-MM-dd}, inclusive (at most 90 days). */
public record CompassRequest(String startDate, String endDate) {
}
