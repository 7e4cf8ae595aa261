package dev.wharf.sync.reliability;

import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.TransportException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a {@link PlatformApi}: a {@link Hook} decides around every call (fail before sending, forward, fail after
 * the platform applied it), and the calls that reached the platform are counted per method.
 */
final class FaultyApi {
    static final Set<String> WRITES = Set.of("acceptOrders", "deliverOrders", "updateStock", "updatePrices",
            "cancelOrders", "updateAddress");

    /** Decides around one call; {@code forward.call()} performs it. */
    interface Hook {
        Object around(String method, Forward forward) throws Throwable;
    }

    interface Forward {
        Object call() throws Throwable;
    }

    volatile Hook hook = (m, f) -> f.call();
    final Map<String, AtomicInteger> forwarded = new ConcurrentHashMap<>();

    PlatformApi wrap(PlatformApi api) {
        return (PlatformApi) Proxy.newProxyInstance(PlatformApi.class.getClassLoader(),
                new Class<?>[] {PlatformApi.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(api, args);
                    }
                    String name = method.getName();
                    return hook.around(name, () -> {
                        try {
                            Object result = method.invoke(api, args);
                            forwarded.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                            return result;
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
                });
    }

    int forwarded(String method) {
        AtomicInteger n = forwarded.get(method);
        return n == null ? 0 : n.get();
    }

    /** A read timeout after the request went out: the platform may have applied it. */
    static TransportException lostAnswer(String method) {
        return new TransportException(method, "timeout: the answer was lost", true, 0, null);
    }

    /** Connection refused or dropped before the request went out. */
    static TransportException refused(String method) {
        return new TransportException(method, "connection refused", false, 0, null);
    }

    static TransportException http(String method, int status, boolean sent) {
        return new TransportException(method, "HTTP " + status, sent, status, null);
    }
}
