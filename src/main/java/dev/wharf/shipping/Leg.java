package dev.wharf.shipping;

/** Which delivery leg a file ships: the platform takes international and domestic (拼邮) legs in separate imports. */
public enum Leg {
    /** Direct mail, bonded, and the international leg of consolidated (拼邮) orders: status 17 → 3. */
    INTERNATIONAL(1),
    /** The domestic leg of a consolidated (拼邮) order whose international leg has shipped. */
    DOMESTIC(2);

    private final int code;

    Leg(int code) {
        this.code = code;
    }

    /** {@code delivery.leg}. */
    public int code() {
        return code;
    }
}
