package dev.wharf.orders.ui;

import dev.wharf.orders.DateField;
import dev.wharf.orders.DeliveryKind;
import dev.wharf.orders.OrderFilter;
import dev.wharf.ui.i18n.ChoiceLabels;
import dev.wharf.ui.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;

/** The filter controls of the Orders screen: their choices, and the filter they describe. */
final class OrderFilterControls {
    /** The colour flags a seller can set (codes 1–6: red, orange, yellow, green, blue, purple), plus "any flag". */
    static final int FLAGS = 6;

    private OrderFilterControls() {
    }

    static void setUp(ComboBox<Integer> deliveryType, ComboBox<Integer> colorFlag, ComboBox<DateField> dateField,
                      OrderTexts texts, Messages messages) {
        List<Integer> types = new ArrayList<>();
        types.add(null);
        for (int code : DeliveryKind.codes()) {
            types.add(code);
        }
        deliveryType.getItems().setAll(types);
        deliveryType.setConverter(ChoiceLabels.of(t -> t == null ? messages.get("orders.filter.anyDelivery")
                : texts.delivery(t)));
        List<Integer> flags = new ArrayList<>();
        flags.add(null);
        flags.add(OrderFilter.ANY_FLAG);
        for (int f = 1; f <= FLAGS; f++) {
            flags.add(f);
        }
        colorFlag.getItems().setAll(flags);
        colorFlag.setConverter(ChoiceLabels.of(f -> f == null ? messages.get("orders.filter.noFlagFilter")
                : messages.get("orders.flag." + f)));
        dateField.getItems().setAll(DateField.values());
        dateField.setConverter(ChoiceLabels.of(d -> d == null ? "" : messages.get("orders.date."
                + d.name().toLowerCase(Locale.ROOT))));
        dateField.setValue(DateField.ORDERED);
    }

    /** The filter the controls describe, keeping the tab and search of {@code current}. */
    static OrderFilter read(OrderFilter current, ComboBox<Integer> deliveryType, ComboBox<Integer> colorFlag,
                            ComboBox<DateField> dateField, DatePicker from, DatePicker to, CheckBox hasRemark,
                            CheckBox atRisk, ZoneId zone) {
        return current.withDeliveryType(deliveryType.getValue())
                .withColorFlag(colorFlag.getValue())
                .withDates(dateField.getValue(), startOf(from.getValue(), zone), startOf(
                        to.getValue() == null ? null : to.getValue().plusDays(1), zone))
                .withBuyerRemark(hasRemark.isSelected())
                .withAtRisk(atRisk.isSelected());
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }
}
