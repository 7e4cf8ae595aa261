package dev.wharf.shipping.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Combo box labels from a function (the values are never typed in). */
final class Converters {
    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
