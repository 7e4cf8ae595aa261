package dev.wharf.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.ui.screen.Screen;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class NavigatorTest {
    private final List<String> events = new ArrayList<>();
    private final StackPane content = new StackPane();
    private int loads;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Navigator navigator() {
        return new Navigator(content, d -> {
            loads++;
            return new Navigator.LoadedScreen(new Label(d.id()), new Screen() {
                @Override
                public void activate() {
                    events.add("activate " + d.id());
                }

                @Override
                public void deactivate() {
                    events.add("deactivate " + d.id());
                }
            });
        });
    }

    @Test
    void leavingAScreenDeactivatesItBeforeTheNextIsActivated() {
        Navigator nav = navigator();
        nav.show(Destination.WORKBENCH);
        nav.show(Destination.SETTINGS);
        nav.show(Destination.WORKBENCH);
        assertThat(events).containsExactly("activate workbench", "deactivate workbench", "activate settings",
                "deactivate settings", "activate workbench");
        assertThat(((Label) content.getChildren().get(0)).getText()).isEqualTo("workbench");
        assertThat(loads).as("screens are loaded once and kept").isEqualTo(2);
    }

    @Test
    void showingTheVisibleScreenAgainDoesNothing() {
        Navigator nav = navigator();
        nav.show(Destination.ORDERS);
        nav.show(Destination.ORDERS);
        assertThat(events).containsExactly("activate orders");
    }

    @Test
    void closingDeactivatesTheVisibleScreen() {
        Navigator nav = navigator();
        nav.show(Destination.COMPASS);
        nav.deactivateCurrent();
        assertThat(events).containsExactly("activate compass", "deactivate compass");
        assertThat(nav.currentProperty().get()).isNull();
    }
}
