package dev.wharf.orders;

/** Read access to the synced orders that the orders feature needs; implemented by the store. */
public interface OrderQueries {
    TodoCounts todoCounts();
}
