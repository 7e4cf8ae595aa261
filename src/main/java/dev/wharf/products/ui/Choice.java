package dev.wharf.products.ui;

import dev.wharf.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** An item of a filter combo box: a value with its label; the value null means "any". */
record Choice<T>(T value, String label) {

    static <T> List<Choice<T>> any(Messages messages) {
        return List.of(new Choice<>(null, messages.get("products.filter.any")));
    }

    static <T> List<Choice<T>> all(Messages messages, T[] values, Function<T, String> labelKey) {
        List<Choice<T>> out = new ArrayList<>(any(messages));
        for (T v : values) {
            out.add(new Choice<>(v, messages.get(labelKey.apply(v))));
        }
        return out;
    }

    static <T> T valueOf(Choice<T> choice) {
        return choice == null ? null : choice.value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Choice<?> c && Objects.equals(c.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return label;
    }
}
