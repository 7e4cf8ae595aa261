package dev.wharf.shipping.ui;

import dev.wharf.shipping.Field;
import dev.wharf.shipping.Leg;
import dev.wharf.shipping.Problem;
import java.util.List;
import java.util.Locale;

/** Bundle keys the Shipping screen builds from the core's values (listed by the i18n consistency test). */
public final class ShippingKeys {
    /** The fields the mapping step lets the user choose a column for, in order. */
    public static final List<Field> MAPPED = List.of(Field.ORDER_ID, Field.CARRIER_CODE, Field.CARRIER_NAME,
            Field.TRACKING);

    private ShippingKeys() {
    }

    /** {@code EMPTY_FIELD} → {@code shipping.problem.emptyField}. */
    public static String problem(Problem p) {
        StringBuilder out = new StringBuilder("shipping.problem.");
        boolean upper = false;
        for (char c : p.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code international} or {@code domestic}. */
    public static String leg(Leg leg) {
        return leg == Leg.DOMESTIC ? "domestic" : "international";
    }
}
