package org.lmlens.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.ObservableChartViewer;
import org.lmlens.ui.export.ChartClipboard;
import org.lmlens.ui.export.ExportActions;
import org.lmlens.ui.export.TableClipboard;
import org.lmlens.ui.help.Shortcuts;
import org.lmlens.ui.presenter.PresenterMode;

/**
 * Gives every chart and table of the tabs the classroom actions: charts get presenter scaling (each new
 * chart too), Ctrl+C and a context menu with Copy image / Export chart (PNG, SVG); tables get Ctrl+C and
 * Copy rows / Export CSV. Remembers which charts and tables belong to which tab, for File ▸ Export.
 */
final class ExportWiring {
    private record Entry<T>(Tab tab, T node, String baseName) {
    }

    private final ExportActions export;
    private final PresenterMode presenter;
    private final List<Entry<ChartViewer>> charts = new ArrayList<>();
    private final List<Entry<TableView<?>>> tables = new ArrayList<>();

    ExportWiring(ExportActions export, PresenterMode presenter) {
        this.export = export;
        this.presenter = presenter;
    }

    void chart(Tab tab, ChartViewer viewer, String baseName) {
        charts.add(new Entry<>(tab, viewer, baseName));
        presenter.charts().add(viewer);
        if (viewer instanceof ObservableChartViewer observable) {
            observable.chartProperty().addListener((o, a, c) -> presenter.chartReplaced(viewer));
        }
        // JFreeChart's own menu (zoom, English "Export As") is replaced by the app's translated actions.
        if (viewer.getContextMenu() != null) {
            viewer.getContextMenu().getItems().clear();
        }
        ChartClipboard.install(viewer);
        MenuItem save = new MenuItem();
        save.textProperty().bind(I18n.bind("menu.export.chart"));
        save.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        save.setAccelerator(Shortcuts.EXPORT_CHART.primary());
        save.setOnAction(e -> exportChart(viewer, baseName));
        if (viewer.getContextMenu() != null) {
            viewer.getContextMenu().getItems().add(save);
        }
    }

    void table(Tab tab, TableView<?> table, String baseName) {
        tables.add(new Entry<>(tab, table, baseName));
        TableClipboard.install(table);
        MenuItem save = new MenuItem();
        save.textProperty().bind(I18n.bind("menu.export.table"));
        save.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        save.setOnAction(e -> export.exportTable(table, baseName));
        if (table.getContextMenu() == null) {
            table.setContextMenu(new ContextMenu());
        }
        table.getContextMenu().getItems().add(save);
    }

    private void exportChart(ChartViewer viewer, String baseName) {
        if (viewer.getChart() != null) {
            export.exportChart(viewer, baseName);
        }
    }

    /** The chart to export from a tab: the focused one, else the first one showing a chart. */
    ChartViewer chartOf(Tab tab, Node focused) {
        ChartViewer first = null;
        for (Entry<ChartViewer> e : charts) {
            if (e.tab() == tab && e.node().getChart() != null && e.node().isVisible()) {
                if (focused != null && isInside(focused, e.node())) {
                    return e.node();
                }
                first = first == null ? e.node() : first;
            }
        }
        return first;
    }

    TableView<?> tableOf(Tab tab, Node focused) {
        TableView<?> first = null;
        for (Entry<TableView<?>> e : tables) {
            if (e.tab() == tab && e.node().isVisible() && e.node().getParent() != null) {
                if (focused != null && isInside(focused, e.node())) {
                    return e.node();
                }
                first = first == null ? e.node() : first;
            }
        }
        return first;
    }

    boolean hasChart(Tab tab) {
        return charts.stream().anyMatch(e -> e.tab() == tab);
    }

    boolean hasTable(Tab tab) {
        return tables.stream().anyMatch(e -> e.tab() == tab);
    }

    void exportCurrentChart(Tab tab, Node focused) {
        ChartViewer v = chartOf(tab, focused);
        if (v != null) {
            export.exportChart(v, baseNameOf(charts, v));
        }
    }

    void exportCurrentTable(Tab tab, Node focused) {
        TableView<?> t = tableOf(tab, focused);
        if (t != null) {
            export.exportTable(t, baseNameOf(tables, t));
        }
    }

    private static <T> String baseNameOf(List<Entry<T>> entries, T node) {
        return entries.stream().filter(e -> e.node() == node).map(Entry::baseName).findFirst().orElse("lm-lens");
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
