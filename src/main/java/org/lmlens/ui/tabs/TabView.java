package org.lmlens.ui.tabs;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;

/**
 * A tab's view: its content, and the charts and tables it offers to export and to presenter mode. A view
 * talks only to its view-model.
 */
public interface TabView {
    /** The tab's content, built once. */
    Node node();


    /** The charts that can be copied and exported, with the file name each is exported under. */
    default List<Exported<ChartViewer>> exportedCharts() {
        return List.of();
    }

    /** The tables that can be copied and exported as CSV, with their file names. */
    default List<Exported<TableView<?>>> exportedTables() {
        return List.of();
    }

    /** A chart or table and the base name of the file it is exported to. */
    record Exported<T>(T node, String baseName) {
    }
}
