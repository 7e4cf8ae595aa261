package dev.wharf.shipping;

/** A logistics company of the seller's list as synced from the platform (ymatou.logistics.companies.get). */
public record LogisticsCompany(String code, String shortName, String name) {
}
