package dev.wharf.sandbox.sim;

/**
 * One property of a SKU, such as 颜色 = 黑色 or 规格 = 50ml.
 *
 * @param name property name (颜色, 尺码, 规格, 口味…)
 * @param value property value
 */
public record SkuProperty(String name, String value) {

    public SkuProperty {
        name = CartLine.requireText(name, "property name");
        value = CartLine.requireText(value, "value of property " + name);
    }
}
