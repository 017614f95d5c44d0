package org.lmlens.ui.tabs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.help.Shortcuts;

/**
 * Builds the tab pane from the registry and runs every tab's lifecycle: a tab's view-model is shown
 * (does work) only while its tab is selected, and only the selected tab's content is in the scene graph.
 *
 * <p>Why the content is taken out: a {@link TabPane} keeps every tab's content in the scene, merely
 * invisible, and JavaFX styles and lays out invisible nodes too, so a change to the whole window (the
 * language, the theme, presenter mode) would restyle every tab in one pulse instead of the shown one.
 */
public final class TabHost {
    private record Hosted(TabEntry entry, Tab tab, TabView view, Node content, ReadOnlyBooleanWrapper shown) {
    }

    private final TabPane pane = new TabPane();
    private final Map<String, Hosted> hosted = new LinkedHashMap<>();
    private final javafx.beans.property.BooleanProperty iconsOnly = new javafx.beans.property.SimpleBooleanProperty();

    public TabHost(TabRegistry registry, TabContext base) {
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.setId("main-tabs");
        base.links().setTabSelector(this::select);
        // Tabs first, all hidden: a view built now computes nothing until its tab is selected.
        List<TabEntry> entries = registry.entries();
        for (int i = 0; i < entries.size(); i++) {
            TabEntry entry = entries.get(i);
            Tab tab = newTab(entry, i);
            ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
            TabView view = entry.factory().apply(base.shownWhile(shown.getReadOnlyProperty()));
            hosted.put(entry.id(), new Hosted(entry, tab, view, view.node(), shown));
            pane.getTabs().add(tab);
        }
        pane.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> selectionChanged(old, now));
        selectionChanged(null, pane.getSelectionModel().getSelectedItem());
        pane.widthProperty().addListener((o, a, b) -> fitHeaders());
        org.lmlens.ui.common.LanguageListener.attach(pane, this::fitHeaders);
    }

    /**
     * Shows every tab's title when they all fit in one row, else the selected tab's title and the others'
     * icons (with their titles as tooltips), so no tab goes behind an overflow menu (presenter mode, many
     * tabs, a small screen).
     */
    public void fitHeaders() {
        if (pane.getWidth() <= 0) {
            return;
        }
        javafx.scene.text.Font font = pane.getScene() == null || pane.getScene().getRoot() == null
                ? javafx.scene.text.Font.getDefault()
                : javafx.scene.text.Font.font(pane.getScene().getRoot().getStyle().contains("-fx-font-size")
                        ? fontSize(pane.getScene().getRoot().getStyle()) : javafx.scene.text.Font.getDefault().getSize());
        double needed = 0;
        for (Hosted h : hosted.values()) {
            javafx.scene.text.Text title = new javafx.scene.text.Text(I18n.get(h.entry().titleKey()));
            title.setFont(font);
            needed += title.getLayoutBounds().getWidth() + font.getSize() * 4; // icon, gaps and padding
        }
        iconsOnly.set(needed > pane.getWidth());
    }

    private static double fontSize(String style) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fx-font-size:\\s*([0-9.]+)").matcher(style);
        return m.find() ? Double.parseDouble(m.group(1)) : javafx.scene.text.Font.getDefault().getSize();
    }

    /** Whether the tabs not shown show their icon only (their titles do not all fit). */
    public javafx.beans.value.ObservableBooleanValue iconsOnlyProperty() {
        return iconsOnly;
    }

    private Tab newTab(TabEntry entry, int index) {
        Tab tab = new Tab();
        tab.setId(entry.id());
        // when every title does not fit, the other tabs show their icon only: all stay one click away
        tab.textProperty().bind(javafx.beans.binding.Bindings.when(iconsOnly.and(tab.selectedProperty().not()))
                .then("").otherwise(I18n.bind(entry.titleKey())));
        tab.setGraphic(new FontIcon(entry.icon()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(I18n.bind(() -> I18n.get(entry.tooltipKey())
                + (index < Shortcuts.tabs().size() ? "  (" + Shortcuts.tab(index).primary().getDisplayText() + ")" : "")));
        tab.setTooltip(tip);
        return tab;
    }

    private void selectionChanged(Tab old, Tab now) {
        for (Hosted h : hosted.values()) {
            if (h.tab() == old && old != now) {
                h.tab().setContent(null);
                h.shown().set(false);
            }
        }
        for (Hosted h : hosted.values()) {
            if (h.tab() == now) {
                h.tab().setContent(h.content());
                h.shown().set(true);
            }
        }
    }

    public TabPane pane() {
        return pane;
    }

    /** Brings the tab with this id to the front (nothing if there is none). */
    public void select(String id) {
        Hosted h = hosted.get(id);
        if (h != null) {
            pane.getSelectionModel().select(h.tab());
        }
    }

    /** The id of the selected tab. */
    public String selectedId() {
        Tab t = pane.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getId();
    }

    public TabView view(String id) {
        Hosted h = hosted.get(id);
        return h == null ? null : h.view();
    }

    public Tab tab(String id) {
        Hosted h = hosted.get(id);
        return h == null ? null : h.tab();
    }

    /** The views in registry order. */
    public List<TabView> views() {
        return new ArrayList<>(hosted.values().stream().map(Hosted::view).toList());
    }

    /** Runs {@code action} for each tab with its view (export and presenter wiring). */
    public void forEach(java.util.function.BiConsumer<Tab, TabView> action) {
        hosted.values().forEach(h -> action.accept(h.tab(), h.view()));
    }

    /** The view behind a tab, or null. */
    public TabView viewOf(Tab tab) {
        return hosted.values().stream().filter(h -> h.tab() == tab).map(Hosted::view).findFirst().orElse(null);
    }

    /** Selects the tab at this index in registry order (View ▸ tab shortcuts). */
    public void selectIndex(int index) {
        if (index >= 0 && index < pane.getTabs().size()) {
            pane.getSelectionModel().select(index);
        }
    }

    /** Every hosted view, for a caller that needs to reach each one's charts (presenter mode). */
    public void forEachView(Consumer<TabView> action) {
        hosted.values().forEach(h -> action.accept(h.view()));
    }
}
