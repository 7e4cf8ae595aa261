package dev.wharf.sandbox;

/** Every method the sandbox serves. Add a feature's methods here with one more {@code register} line. */
public final class SandboxMethods {
    private SandboxMethods() {
    }

    /** A registry with the documented methods and Wharf's extensions implemented so far. */
    public static MethodRegistry standard() {
        MethodRegistry registry = new MethodRegistry();
        OrderMethods.register(registry);
        CatalogMethods.register(registry);
        RefundMethods.register(registry);
        ProductWriteMethods.register(registry);
        ImageMethods.register(registry);
        CustomerMethods.register(registry);
        CouponMethods.register(registry);
        CompassMethods.register(registry);
        return registry;
    }
}
