package dev.wharf.ui.screen;

/**
 * A screen's lifecycle. The shell calls {@link #activate()} each time the screen is shown and
 * {@link #deactivate()} when it is hidden; a screen loads its data on activate and, on deactivate, cancels its
 * background work and drops its subscriptions.
 */
public interface Screen {
    void activate();

    void deactivate();
}
