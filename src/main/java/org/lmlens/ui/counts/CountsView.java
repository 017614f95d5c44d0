package org.lmlens.ui.counts;

import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.counts.NgramSorter.Key;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;

/**
 * The Counts tab: a virtualised table of the n-grams of one order (values computed per visible cell,
 * sorting done by the view-model off the FX thread) beside the bigram matrix.
 */
public final class CountsView implements TabView {
    private final CountsViewModel viewModel;
    private final BigramMatrixViewModel matrixViewModel;
    private Node root;
    private final TableView<Integer> table = new TableView<>();
    private final Label rowCount = new Label();
    private final Label placeholder = new Label();
    private NgramTable current;
    private BigramMatrixView matrix;
    private final IntegerProperty version = new SimpleIntegerProperty();

    public CountsView(TabContext context) {
        this.viewModel = new CountsViewModel(context);
        this.matrixViewModel = new BigramMatrixViewModel(context);
    }

    @Override
    public Node node() {
        if (root == null) {
            root = createView();
        }
        return root;
    }

    @Override
    public List<Exported<TableView<?>>> exportedTables() {
        return List.of(new Exported<>(table, "ngram-counts"));
    }

    public CountsViewModel viewModel() {
        return viewModel;
    }

    /** The n-gram table, for CSV export and copy. */
    public TableView<Integer> table() {
        return table;
    }

    public BigramMatrixViewModel matrixViewModel() {
        return matrixViewModel;
    }

    private Node createView() {
        Spinner<Integer> order = org.lmlens.ui.common.Spinners.integer(1, SessionViewModel.MAX_ORDER, viewModel.tableOrderProperty().get());
        order.valueProperty().addListener((o, a, v) -> viewModel.tableOrderProperty().set(v));
        viewModel.tableOrderProperty().addListener((o, a, v) -> order.getValueFactory().setValue(v.intValue()));
        order.setPrefWidth(80);
        order.setId("counts-order");
        org.lmlens.ui.common.Tips.of(order, "tip.counts.order");
        TextField search = new TextField();
        search.promptTextProperty().bind(I18n.bind("counts.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setId("counts-search");
        org.lmlens.ui.common.Tips.of(search, "tip.counts.search");
        HBox.setHgrow(search, Priority.ALWAYS);
        Label orderLabel = new Label();
        orderLabel.textProperty().bind(I18n.bind("counts.order"));
        rowCount.getStyleClass().add("text-muted");
        orderLabel.setMinWidth(Region.USE_PREF_SIZE);
        rowCount.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, orderLabel, order, new FontIcon(Material2MZ.SEARCH), search);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        createColumns();
        table.setId("counts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        placeholder.setText(CountsViewModel.emptyMessage(null));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, toolbar, table, rowCount);
        left.setPadding(new Insets(10));

        matrix = new BigramMatrixView(matrixViewModel);
        SplitPane split = new SplitPane(left, matrix.createView());
        split.setDividerPositions(0.58);
        initListeners();
        return split;
    }

    private void createColumns() {
        TableColumn<Integer, String> ngram = column("counts.column.ngram", Key.NGRAM, i -> current.text(i));
        ngram.setPrefWidth(130);
        TableColumn<Integer, Number> count = column("counts.column.count", Key.COUNT, i -> current.count(i));
        TableColumn<Integer, Number> mle = column("counts.column.mle", Key.MLE, i -> current.mle(i));
        TableColumn<Integer, Number> prob = column("counts.column.probability", Key.PROBABILITY,
                i -> current.probability(i));
        TableColumn<Integer, Number> adjusted = column("counts.column.adjusted", Key.ADJUSTED,
                i -> current.adjustedCount(i));
        count.setCellFactory(c -> numberCell(v -> String.format(I18n.locale(), "%,d", v.longValue())));
        mle.setCellFactory(c -> numberCell(CountsView::probability));
        prob.setCellFactory(c -> numberCell(CountsView::probability));
        adjusted.setCellFactory(c -> numberCell(v -> String.format(I18n.locale(), "%,.2f", v.doubleValue())));
        for (TableColumn<Integer, ?> c : java.util.List.of(count, mle, prob, adjusted)) {
            c.setPrefWidth(88);
            c.setMinWidth(72);
        }
        table.getColumns().setAll(java.util.List.of(ngram, count, mle, prob, adjusted));
        count.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(java.util.List.of(count));
        table.setSortPolicy(tv -> {
            if (!tv.getSortOrder().isEmpty()) {
                TableColumn<Integer, ?> c = tv.getSortOrder().get(0);
                viewModel.sortBy((Key) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
    }

    static String probability(Number v) {
        double p = v.doubleValue();
        return p == 0 || p >= 1e-4 ? String.format(I18n.locale(), "%.5f", p) : String.format(I18n.locale(), "%.3e", p);
    }

    private <T> TableColumn<Integer, T> column(String key, Key sortKey, IntFunction<T> value) {
        TableColumn<Integer, T> c = new TableColumn<>();
        c.textProperty().bind(I18n.bind(key));
        c.setUserData(sortKey);
        c.setId(key);
        // A binding on the version: a new model updates the visible cells in place, without recreating them.
        c.setCellValueFactory(cd -> {
            int index = cd.getValue();
            return Bindings.createObjectBinding(() -> current == null ? null : value.apply(index), version);
        });
        return c;
    }

    private static TableCell<Integer, Number> numberCell(java.util.function.Function<Number, String> format) {
        TableCell<Integer, Number> cell = new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        cell.getStyleClass().add("number-cell");
        return cell;
    }

    private void initListeners() {
        viewModel.tableProperty().addListener((o, old, t) -> showTable(old, t));
        showTable(null, viewModel.tableProperty().get());
        WhenShown.onLanguageChange(table, () -> {
            version.set(version.get() + 1);
            rowCount.setText(current == null ? "" : I18n.get("counts.rows", current.size()));
            placeholder.setText(CountsViewModel.emptyMessage(current));
        });
    }

    private void showTable(NgramTable old, NgramTable t) {
        boolean sameRows = old != null && t != null && old.rows() == t.rows();
        current = t;
        if (t == null) {
            table.getItems().clear();
        } else if (!sameRows) {
            table.setItems(FXCollections.observableList(t.asList()));
        }
        // Rows are row numbers: a row whose number the new table also has keeps its cells, and their values
        // must be recomputed from the new table (they showed the previous text's n-grams and counts).
        version.set(version.get() + 1);
        rowCount.setText(t == null ? "" : I18n.get("counts.rows", t.size()));
        placeholder.setText(CountsViewModel.emptyMessage(t));
    }
}
