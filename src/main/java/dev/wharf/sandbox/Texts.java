package dev.wharf.sandbox;

/**
 * Messages in the platform's style: Chinese first, English in parentheses, e.g.
 * {@code 订单状态不允许接单 (order is not awaiting acceptance)}.
 */
public final class Texts {
    public static final String OK = "成功";

    private Texts() {
    }

    public static String both(String chinese, String english) {
        return chinese + " (" + english + ")";
    }
}
