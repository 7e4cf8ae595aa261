package dev.wharf.app.shell;

/** The places in the sidebar, in order. {@code built} is false for screens a later version delivers. */
public enum Destination {
    WORKBENCH("workbench", true),
    PRODUCTS("products", true),
    ORDERS("orders", true),
    SHIPPING("shipping", true),
    CUSTOMERS("customers", false),
    COMPASS("compass", false),
    SETTINGS("settings", true);

    private final String id;
    private final boolean built;

    Destination(String id, boolean built) {
        this.id = id;
        this.built = built;
    }

    public String id() {
        return id;
    }

    public boolean built() {
        return built;
    }

    /** Bundle key of the sidebar label and screen title. */
    public String titleKey() {
        return "nav." + id;
    }
}
