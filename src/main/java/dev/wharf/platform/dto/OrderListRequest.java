package dev.wharf.platform.dto;

/**
 * {@code ymatou.order.list.get}.
 *
 * @param orderStatus comma-separated status codes, empty for all (e.g. "2,17")
 * @param dateType    1 order time, 2 paid time, 3 shipped time, 4 accepted time
 * @param sortType    0 descending, 1 ascending
 * @param pageRows    1–100
 */
public record OrderListRequest(String orderStatus, Integer dateType, Integer sortType, String startDate,
                               String endDate, Integer pageNo, Integer pageRows, Boolean needsDeliveryInfo) {
    public static final int DATE_ORDERED = 1;
    public static final int DATE_PAID = 2;
    public static final int DATE_SHIPPED = 3;
    public static final int DATE_ACCEPTED = 4;
    public static final int MAX_PAGE_ROWS = 100;

    public OrderListRequest withPage(int page) {
        return new OrderListRequest(orderStatus, dateType, sortType, startDate, endDate, page, pageRows,
                needsDeliveryInfo);
    }
}
