package dev.wharf.sandbox;

/** What a handler knows about the call besides its business parameters. */
public record CallContext(String appId, String method, SandboxShop shop) {
}
