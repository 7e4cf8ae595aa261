package dev.wharf.sandbox;

/**
 * One gateway method of the sandbox: receives its business parameters already bound to {@code B} (a record of
 * {@code dev.wharf.platform.dto}) and returns the response's {@code content} (a DTO record, serialised with the
 * gateway's JSON mapping). Throw {@link GatewayError} to reject the whole call (0001 for a bad parameter); report a
 * business-rule violation of one item of a batch as that item's failure instead.
 */
@FunctionalInterface
public interface MethodHandler<B> {
    Object handle(B biz, CallContext context);
}
