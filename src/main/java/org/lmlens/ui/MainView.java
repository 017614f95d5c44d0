package org.lmlens.ui;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Dialogs;
import org.lmlens.ui.common.Zoom;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.counts.CountsView;
import org.lmlens.ui.generate.GenerateView;
import org.lmlens.ui.next.NextWordView;
import org.lmlens.ui.session.ControlPanelView;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.session.SessionViewModel.Origin;

/** The main window: menu bar, control panel, the tabs, and a status bar with what is loaded and running work. */
public final class MainView {
    private final SessionViewModel session;
    private final Settings settings;
    private final Stage stage;
    private final TabPane tabs = new TabPane();
    private final StatusBar statusBar = new StatusBar();
    private CountsView counts;
    private NextWordView next;
    private GenerateView generate;

    public MainView(SessionViewModel session, Settings settings, Stage stage) {
        this.session = session;
        this.settings = settings;
        this.stage = stage;
    }

    public Parent createView() {
        next = new NextWordView(session);
        counts = new CountsView(session);
        Tab countsTab = tab("tab.counts", counts.createView(), new FontIcon(Material2AL.GRID_ON));
        Tab nextTab = tab("tab.next", next.createView(), new FontIcon(Material2AL.ASSESSMENT));
        generate = new GenerateView(session, context -> {
            next.viewModel().showContext(context);
            tabs.getSelectionModel().select(nextTab);
        });
        Tab generateTab = tab("tab.generate", generate.createView(), new FontIcon(Material2MZ.SHORT_TEXT));
        tabs.getTabs().setAll(countsTab, nextTab, generateTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("main-tabs");

        ScrollPane left = new ScrollPane(new ControlPanelView(session).createView());
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.prefWidthProperty().bind(Zoom.scaleProperty().multiply(262));
        left.getStyleClass().add("control-panel-scroll");

        BorderPane root = new BorderPane(tabs);
        root.setTop(new MenuBarView(session, settings, this::openFile, this::showAbout).createView());
        root.setLeft(left);
        root.setBottom(createStatusBar());
        root.getStyleClass().add("lmlens-root");
        root.styleProperty().bind(Zoom.rootStyle());
        initListeners(root);
        return root;
    }

    public CountsView countsView() {
        return counts;
    }

    public NextWordView nextWordView() {
        return next;
    }

    public GenerateView generateView() {
        return generate;
    }

    public TabPane tabs() {
        return tabs;
    }

    private Tab tab(String key, javafx.scene.Node content, FontIcon icon) {
        Tab t = new Tab();
        t.textProperty().bind(I18n.bind(key));
        t.setContent(content);
        t.setGraphic(icon);
        t.setId(key);
        return t;
    }

    private StatusBar createStatusBar() {
        statusBar.setId("status-bar");
        Button cancel = new Button();
        cancel.textProperty().bind(I18n.bind("action.cancel"));
        cancel.setGraphic(new FontIcon(Material2AL.CLOSE));
        cancel.setId("cancel-load");
        cancel.visibleProperty().bind(session.loadingProperty());
        cancel.managedProperty().bind(session.loadingProperty());
        cancel.setOnAction(e -> session.cancelLoad());
        statusBar.getRightItems().add(cancel);
        statusBar.progressProperty().bind(Bindings.when(session.loadingProperty())
                .then(session.loadProgressProperty()).otherwise(0.0));
        statusBar.textProperty().bind(I18n.bind(this::statusText, session.textProperty(),
                session.loadingProperty(), session.loadingNameProperty()));
        statusBar.setPadding(new Insets(2, 8, 2, 8));
        return statusBar;
    }

    private String statusText() {
        if (session.loadingProperty().get()) {
            return I18n.get("status.loading", session.loadingNameProperty().get());
        }
        TrainedText t = session.textProperty().get();
        if (t == null) {
            return I18n.get("status.empty");
        }
        StringBuilder orders = new StringBuilder();
        for (int k = 1; k <= t.maxOrder(); k++) {
            orders.append(k == 1 ? "" : " · ").append(I18n.get("status.order", k, t.counts().distinct(k)));
        }
        return I18n.get("status.loaded", t.source().name(), t.corpus().sentenceCount(), t.corpus().wordTokens(),
                t.corpus().vocabulary().size() - 3, orders.toString());
    }

    private void initListeners(BorderPane root) {
        stage.titleProperty().bind(I18n.bind(() -> session.textProperty().get() == null ? I18n.get("app.title.empty")
                : I18n.get("app.title", session.textProperty().get().source().name()), session.textProperty()));
        session.setErrorHandler(this::showError);
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                openFile(files.get(0));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void openFile(File file) {
        if (file != null) {
            session.load(Origin.of(file.toPath()), session.currentOptions());
        }
    }

    /** Loads the textbook mini-corpus so that the window never starts empty. */
    public void loadInitialSample() {
        session.load(org.lmlens.ui.session.Samples.byId("sam")); // i18n-ok: sample id
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, okButton());
        alert.initOwner(stage);
        alert.setTitle(I18n.get("error.title"));
        alert.setHeaderText(I18n.get("error.header"));
        alert.getDialogPane().setId("error-dialog");
        Dialogs.style(alert.getDialogPane());
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.get("about.text"), okButton());
        alert.initOwner(stage);
        alert.setTitle(I18n.get("about.title"));
        alert.setHeaderText(I18n.get("about.header"));
        alert.setGraphic(new FontIcon(Material2MZ.SCHOOL));
        alert.getDialogPane().setPrefWidth(640);
        Dialogs.style(alert.getDialogPane());
        alert.show();
    }

    private static ButtonType okButton() {
        return new ButtonType(I18n.get("action.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    static FileChooser fileChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("open.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(I18n.get("open.filter.text"), "*.txt", "*.text", "*.csv", "*.tsv", "*.md"),
                new FileChooser.ExtensionFilter(I18n.get("open.filter.all"), "*.*"));
        return chooser;
    }
}
