package dev.wharf.ui.fxml;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Builds FXML controllers with constructor injection: the composition root registers, per controller class, a
 * supplier that passes exactly the services that controller needs. An FXML file naming an unregistered controller
 * fails loudly instead of getting a half-wired object.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + "; register it in the composition root");
        }
        return supplier.get();
    }
}
