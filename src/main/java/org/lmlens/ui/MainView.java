package org.lmlens.ui;

import java.io.File;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Dialogs;
import org.lmlens.ui.common.Fonts;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.export.ExportActions;
import org.lmlens.ui.help.Shortcuts;
import org.lmlens.ui.presenter.PresenterMode;
import org.lmlens.ui.session.ControlPanelView;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.sessionfile.RecentStore;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabHost;
import org.lmlens.ui.tabs.TabLinks;
import org.lmlens.ui.tabs.TabRegistry;
import org.lmlens.ui.tabs.TabView;

/**
 * The main window: menu bar, control panel, the seven tabs, and a status bar with what is loaded and
 * running work. {@link #createScene} also wires the classroom utilities: presenter mode and zoom (one
 * scale for the window and its charts, remembered in {@link Settings}), export and copy of every chart
 * and table, sessions and recent lists, tab shortcuts.
 */
public final class MainView {
    private final SessionViewModel session;
    private final Settings settings;
    private final Stage stage;
    private final RecentStore recent;
    private TabHost host;
    private TabPane tabs;
    private final StatusLine statusLine;
    private final BooleanProperty dark;
    private final BooleanProperty panelShown = new SimpleBooleanProperty(true);
    private final BorderPane root = new BorderPane();
    private PresenterMode presenter;
    private ExportActions export;
    private ExportWiring wiring;
    private SessionActions sessions;

    public MainView(SessionViewModel session, Settings settings, Stage stage) {
        this(session, settings, stage, RecentStore.user());
    }

    public MainView(SessionViewModel session, Settings settings, Stage stage, RecentStore recent) {
        this.session = session;
        this.settings = settings;
        this.stage = stage;
        this.recent = recent;
        this.statusLine = new StatusLine(session);
        this.dark = new SimpleBooleanProperty(settings.darkTheme());
    }

    /** Builds the window's scene (the theme must be set already): views, menus, presenter mode, shortcuts. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(LmLensApp.class.getResource(LmLensApp.STYLESHEET).toExternalForm());
        String family = Fonts.fxFamily();
        root.setStyle(family == null ? "" : "-fx-font-family: \"" + family + "\";");
        presenter = PresenterMode.install(scene);
        presenter.setScale(settings.textScale());
        presenter.scaleProperty().addListener((o, a, s) -> {
            if (!presenter.isActive()) {
                settings.setTextScale(s.doubleValue());
            }
        });
        Dialogs.followStyle(root.styleProperty());
        export = new ExportActions(session.runner(), () -> stage);
        export.setInputFiles(session::inputFiles);
        export.setErrorHandler(this::showError);
        export.setOnWritten(p -> {
            statusLine.show(I18n.get("export.written", p));
        });
        export.setArpaExporter(ArpaExport::write);
        wiring = new ExportWiring(export, presenter);
        sessions = new SessionActions(session, recent, presenter, dark, this::openTabId, this::selectTab);
        sessions.setErrorHandler(this::showError);
        dark.addListener((o, a, d) -> {
            LmLensApp.applyTheme(d);
            settings.setDarkTheme(d);
        });
        createView();
        for (KeyCombination c : Shortcuts.CONTROL_PANEL.combinations()) {
            scene.getAccelerators().put(c, () -> panelShown.set(!panelShown.get()));
        }
        for (Shortcuts s : Shortcuts.tabs()) {
            for (KeyCombination c : s.combinations()) {
                scene.getAccelerators().put(c, () -> host.selectIndex(s.tabIndex()));
            }
        }
        return scene;
    }

    private void createView() {
        TabContext context = new TabContext(session.textProperty(), session.modelProperty(), session.runner(),
                new SimpleBooleanProperty(true), new TabLinks());
        host = new TabHost(TabRegistry.standard(), context);
        tabs = host.pane();
        root.styleProperty().addListener((o, a, b) -> host.fitHeaders()); // presenter mode and zoom
        host.forEach((tab, view) -> {
            view.exportedTables().forEach(t -> wiring.table(tab, t.node(), t.baseName()));
            view.exportedCharts().forEach(c -> wiring.chart(tab, c.node(), c.baseName()));
        });

        ScrollPane panel = new ScrollPane(new ControlPanelView(session).createView());
        panel.setFitToWidth(true);
        panel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        panel.prefWidthProperty().bind(presenter.scaleProperty().multiply(262));
        panel.getStyleClass().add("control-panel-scroll");
        Node left = collapsible(panel);

        root.setCenter(tabs);
        root.setTop(new MenuBarView(this).createView());
        root.setLeft(left);
        root.setBottom(statusLine.createView());
        root.getStyleClass().add("lmlens-root");
        initListeners();
    }

    /**
     * The control panel beside a slim strip that hides and shows it (F9): presenter mode starts with it
     * hidden, so the tabs get the projector's width.
     */
    private Node collapsible(ScrollPane panel) {
        javafx.scene.control.Button toggle = new javafx.scene.control.Button();
        toggle.setId("control-panel-toggle");
        toggle.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.BUTTON_ICON);
        toggle.setMaxHeight(Double.MAX_VALUE);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        toggle.setTooltip(tip);
        Runnable update = () -> {
            boolean shown = panelShown.get();
            panel.setVisible(shown);
            panel.setManaged(shown);
            toggle.setGraphic(new FontIcon(shown ? Material2AL.CHEVRON_LEFT : Material2AL.CHEVRON_RIGHT));
            tip.setText(I18n.get(shown ? "panel.hide" : "panel.show") + "  ("
                    + Shortcuts.CONTROL_PANEL.displayText() + ")");
        };
        panelShown.addListener((o, a, b) -> update.run());
        org.lmlens.ui.common.LanguageListener.attach(toggle, update);
        update.run();
        toggle.setOnAction(e -> panelShown.set(!panelShown.get()));
        presenter.activeProperty().addListener((o, a, on) -> panelShown.set(!on));
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(panel, toggle);
        box.setId("control-panel");
        return box;
    }

    /** Whether the control panel is shown (F9 and the strip beside it toggle it). */
    public BooleanProperty controlPanelShownProperty() {
        return panelShown;
    }

    // ---- what the menu bar and tests reach ----

    SessionViewModel session() {
        return session;
    }

    Settings settings() {
        return settings;
    }

    Stage stage() {
        return stage;
    }

    public PresenterMode presenter() {
        return presenter;
    }

    public ExportActions export() {
        return export;
    }

    SessionActions sessions() {
        return sessions;
    }

    ExportWiring wiring() {
        return wiring;
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    /** The view of the tab with this registry id. */
    public <V extends TabView> V view(String id, Class<V> type) {
        return type.cast(host.view(id));
    }

    /** The sentences the Generate tab shows, for File ▸ Export. */
    java.util.List<org.lmlens.engine.model.GeneratedSentence> generatedSentences() {
        return ((org.lmlens.ui.generate.GenerateTabView) host.view(TabRegistry.GENERATE)).sentencesView().viewModel()
                .sentencesProperty().get();
    }

    /** File ▸ Export model (ARPA) for the current model. */
    void exportModelArpa() {
        export.exportArpa(session.modelProperty());
    }

    public TabHost host() {
        return host;
    }

    public TabPane tabs() {
        return tabs;
    }

    Tab currentTab() {
        return tabs.getSelectionModel().getSelectedItem();
    }

    Node focusOwner() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    private String openTabId() {
        return host.selectedId();
    }

    private void selectTab(String savedId) {
        TabRegistry.standard().bySavedId(savedId).ifPresent(e -> host.select(e.id()));
    }

    private void initListeners() {
        stage.titleProperty().bind(I18n.bind(() -> session.textName() == null ? I18n.get("app.title.empty")
                : I18n.get("app.title", session.textName()), session.textProperty()));
        session.setErrorHandler(m -> showError("error.header", m));
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

    void openFile(File file) {
        if (file != null) {
            sessions.openText(file.toPath());
        }
    }

    public void saveLastSession() {
        sessions.saveLast();
    }

    /** Restores the last session when the user asked for it, else loads the textbook mini-corpus. */
    public void loadInitialSample() {
        recent.resetNotice().ifPresent(this::showInfo);
        sessions.restoreLastOr(() -> sessions.loadSample(org.lmlens.ui.session.Samples.byId("sam"))); // i18n-ok: sample id
    }

    void showError(String message) {
        showError("error.header.generic", message);
    }

    private void showError(String headerKey, String message) {
        Dialogs.error(stage, I18n.get(headerKey), message);
    }

    private void showInfo(String message) {
        Dialogs.info(stage, I18n.get("error.title"), message);
    }

    void showAbout() {
        Dialogs.about(stage, I18n.get("about.title"), I18n.get("about.header"), I18n.get("about.text"),
                new FontIcon(Material2MZ.SCHOOL));
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
