package org.lmlens.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * What a {@link TableView} shows, as rows of strings: a header of the visible leaf columns' titles, then
 * each item's cell values in the table's current (sorted, filtered) order. Values are turned into text by
 * a formatter, by default {@link #defaultText}, so any table can be exported without knowing its model.
 */
public final class TableRows {
    private TableRows() {
    }

    /** Header plus every row. */
    public static <S> List<List<String>> all(TableView<S> table) {
        return extract(table, table.getItems(), TableRows::defaultText);
    }

    /** Header plus the selected rows, in table order. */
    public static <S> List<List<String>> selected(TableView<S> table) {
        List<S> chosen = new ArrayList<>();
        List<Integer> indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        indices.sort(Integer::compare);
        for (int i : indices) {
            if (i >= 0 && i < table.getItems().size()) {
                chosen.add(table.getItems().get(i));
            }
        }
        return extract(table, chosen, TableRows::defaultText);
    }

    public static <S> List<List<String>> extract(TableView<S> table, List<S> items, Function<Object, String> format) {
        List<TableColumn<S, ?>> columns = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            columns.add(c);
        }
        List<List<String>> rows = new ArrayList<>(items.size() + 1);
        List<String> header = new ArrayList<>();
        for (TableColumn<S, ?> c : columns) {
            header.add(c.getText() == null ? "" : c.getText());
        }
        rows.add(header);
        for (S item : items) {
            List<String> row = new ArrayList<>(columns.size());
            for (TableColumn<S, ?> c : columns) {
                ObservableValue<?> value = c.getCellObservableValue(item);
                row.add(format.apply(value == null ? null : value.getValue()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Numbers in full precision (a spreadsheet rounds them for display), lists joined by spaces. */
    public static String defaultText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : Double.toString(d);
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(o);
            }
            return sb.toString();
        }
        return value.toString();
    }

    /** Tab-separated text for the clipboard: tabs and line breaks inside cells become spaces. */
    public static String toTsv(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(row.get(i).replaceAll("[\\t\\r\\n]+", " "));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
