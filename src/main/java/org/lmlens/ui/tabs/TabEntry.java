package org.lmlens.ui.tabs;

import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * One tab of the main window: its id (session files store it; bundle keys {@code tab.ID} and
 * {@code tab.ID.tooltip} give its title and tooltip), its icon, and how its view is made.
 */
public record TabEntry(String id, Ikon icon, Function<TabContext, TabView> factory) {
    public String titleKey() {
        return "tab." + id;
    }

    public String tooltipKey() {
        return titleKey() + ".tooltip";
    }
}
