package dev.wharf.ui.i18n;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * Labels for the values of a choice control (combo or choice box whose values are picked, never typed). The label
 * function receives null too, for a "no choice" item, and says what to show for it.
 */
public final class ChoiceLabels {
    private ChoiceLabels() {
    }

    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            /** Values are picked from the list: a text never stands for one (as JavaFX's ChoiceBox default). */
            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
