package dev.wharf.sandbox;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Method name → handler with its typed business-parameter class. The gateway looks methods up here after the
 * envelope checks; adding a method is one {@link #register} call (see docs/sandbox.md, "Adding a method").
 */
public final class MethodRegistry {

    /** A registered method. */
    public record Entry<B>(String method, Class<B> bizType, MethodHandler<B> handler) {
        Object invoke(Object biz, CallContext context) {
            return handler.handle(bizType.cast(biz), context);
        }
    }

    private final Map<String, Entry<?>> methods = new TreeMap<>();

    /**
     * Registers {@code method} (its canonical name, see {@code Methods}); {@code bizType} is the record
     * {@code biz_content} is bound to ({@link NoParameters} when the method takes none).
     *
     * @throws IllegalStateException if the method is already registered
     */
    public synchronized <B> MethodRegistry register(String method, Class<B> bizType, MethodHandler<B> handler) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(bizType, "bizType");
        Objects.requireNonNull(handler, "handler");
        if (methods.putIfAbsent(method, new Entry<>(method, bizType, handler)) != null) {
            throw new IllegalStateException("method " + method + " is registered twice");
        }
        return this;
    }

    public synchronized Optional<Entry<?>> find(String method) {
        return Optional.ofNullable(methods.get(method));
    }

    /** The registered method names, sorted. */
    public synchronized Map<String, Entry<?>> all() {
        return Collections.unmodifiableMap(new TreeMap<>(methods));
    }
}
