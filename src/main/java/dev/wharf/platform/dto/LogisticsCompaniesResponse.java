package dev.wharf.platform.dto;

import java.util.List;

/** Content of {@code ymatou.logistics.companies.get} (no business parameters). */
public record LogisticsCompaniesResponse(List<LogisticsCompany> logisticsCompanies) {
    public LogisticsCompaniesResponse {
        logisticsCompanies = logisticsCompanies == null ? List.of() : List.copyOf(logisticsCompanies);
    }

    /** A company the seller may ship with: platform code (e.g. Y073), short name, full name. */
    public record LogisticsCompany(String companyCode, String shortName, String companyName) {
    }
}
