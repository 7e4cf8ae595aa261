package dev.wharf.sandbox;

/** Business parameters of a method that takes none (e.g. {@code ymatou.logistics.companies.get}). */
public record NoParameters() {
}
