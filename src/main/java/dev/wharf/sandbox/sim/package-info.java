/**
 * The sandbox platform's simulation core: pure rules and deterministic generators, no storage, no HTTP, no UI.
 *
 * <p>The sandbox server ({@code dev.wharf.sandbox}) owns state and time; it calls this package to split carts into
 * orders the way the platform does ({@link dev.wharf.sandbox.sim.CartSplitter}), to read the seed catalog
 * ({@link dev.wharf.sandbox.sim.Catalog}), and to draw customers, carts, buyer decisions and daily traffic
 * ({@link dev.wharf.sandbox.sim.Customers}, {@link dev.wharf.sandbox.sim.CartGenerator},
 * {@link dev.wharf.sandbox.sim.BuyerBehaviour}, {@link dev.wharf.sandbox.sim.TrafficGenerator}).
 *
 * <p>Rules of the package: every random draw comes from a {@link java.util.SplittableRandom} seeded explicitly by the
 * caller, so the same seed and the same calls give the same output on every machine; nothing iterates a hash-ordered
 * collection; nothing reads the clock (the caller passes the time, and the platform's business day is GMT+8, see
 * {@link dev.wharf.sandbox.sim.PlatformTime}); money is {@link java.math.BigDecimal} with scale 2 (yuan and fen),
 * never {@code double}; there is no static mutable state.
 */
package dev.wharf.sandbox.sim;
