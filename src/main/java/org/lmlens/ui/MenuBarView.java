package org.lmlens.ui;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.export.CopyFocused;
import org.lmlens.ui.export.FileChoosers;
import org.lmlens.ui.help.HelpDialogs;
import org.lmlens.ui.help.Shortcuts;
import org.lmlens.ui.presenter.PresenterMode;
import org.lmlens.ui.session.Sample;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.sessionfile.RecentMenu;

/** File (texts, sessions, export), Edit, Samples, View (theme, presenter mode, zoom, language) and Help menus. */
final class MenuBarView {
    private final MainView main;
    private final PresenterMode presenter;
    private MenuBar bar;

    MenuBarView(MainView main) {
        this.main = main;
        this.presenter = main.presenter();
    }

    MenuBar createView() {
        bar = new MenuBar(fileMenu(), editMenu(), samplesMenu(), viewMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu menu(String key) {
        Menu m = new Menu();
        m.textProperty().bind(I18n.bind(key));
        m.setId(key);
        return m;
    }

    private static <T extends MenuItem> T item(T item, String key, FontIcon icon) {
        item.textProperty().bind(I18n.bind(key));
        item.setId(key);
        if (icon != null) {
            item.setGraphic(icon);
        }
        return item;
    }

    private static MenuItem item(String key, FontIcon icon, Shortcuts shortcut, Runnable action) {
        MenuItem mi = item(new MenuItem(), key, icon);
        if (shortcut != null) {
            mi.setAccelerator(shortcut.primary());
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private Menu fileMenu() {
        SessionActions sessions = main.sessions();
        FileChoosers choosers = main.export().choosers();
        MenuItem open = item("menu.file.open", new FontIcon(Material2MZ.OPEN_IN_NEW), Shortcuts.OPEN,
                () -> main.openFile(MainView.fileChooser().showOpenDialog(window())));
        MenuItem paste = item("menu.file.paste", new FontIcon(Material2AL.CONTENT_PASTE), Shortcuts.PASTE_TEXT,
                this::pasteDialog);
        Menu recentTexts = menu("menu.recent.files");
        recentTexts.setGraphic(new FontIcon(Material2MZ.RESTORE));
        RecentMenu.bind(recentTexts, sessions.recent()::files, sessions::openText);
        MenuItem openSession = item("menu.session.open", new FontIcon(Material2AL.FOLDER_OPEN), Shortcuts.OPEN_SESSION,
                () -> choosers.open(window(), "session.open.title", FileChoosers.Format.SESSION)
                        .ifPresent(sessions::openSession));
        MenuItem saveSession = item("menu.session.save", new FontIcon(Material2MZ.SAVE), Shortcuts.SAVE_SESSION,
                () -> choosers.save(window(), "session.save.title", "lesson", FileChoosers.Format.SESSION) // i18n-ok: file name
                        .ifPresent(sessions::saveSession));
        Menu recentSessions = menu("menu.recent.sessions");
        recentSessions.setGraphic(new FontIcon(Material2MZ.RESTORE));
        RecentMenu.bind(recentSessions, sessions.recent()::sessions, sessions::openSession);
        CheckMenuItem restore = item(new CheckMenuItem(), "menu.recent.restoreLast", null);
        restore.setSelected(sessions.recent().restoreLastSession());
        restore.selectedProperty().addListener((o, a, on) -> sessions.recent().setRestoreLastSession(on));
        MenuItem clear = item("menu.recent.clear", new FontIcon(Material2AL.CLEAR_ALL), null,
                () -> sessions.recent().clear());

        Menu exportMenu = menu("menu.export");
        exportMenu.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        MenuItem chart = item("menu.export.chart", new FontIcon(Material2AL.INSERT_CHART), Shortcuts.EXPORT_CHART,
                () -> main.wiring().exportCurrentChart(main.currentTab(), main.focusOwner()));
        MenuItem table = item("menu.export.table", new FontIcon(Material2MZ.TABLE_CHART), null,
                () -> main.wiring().exportCurrentTable(main.currentTab(), main.focusOwner()));
        MenuItem sentences = item("menu.export.sentences", new FontIcon(Material2MZ.SHORT_TEXT), null,
                () -> main.export().exportSentences(main.generatedSentences(),
                        "generated")); // i18n-ok: file name
        MenuItem arpa = item("menu.export.arpa", new FontIcon(Material2AL.ARCHIVE), null, this::exportArpa);
        arpa.setDisable(!main.export().arpaAvailable());
        exportMenu.setOnShowing(e -> {
            chart.setDisable(main.wiring().chartOf(main.currentTab(), main.focusOwner()) == null);
            table.setDisable(main.wiring().tableOf(main.currentTab(), main.focusOwner()) == null);
            var generated = main.generatedSentences();
            sentences.setDisable(generated == null || generated.isEmpty());
            arpa.setDisable(!main.export().arpaAvailable() || main.session().modelProperty().get() == null);
        });
        exportMenu.getItems().addAll(chart, table, sentences, new SeparatorMenuItem(), arpa);

        MenuItem quit = item("menu.file.quit", new FontIcon(Material2AL.EXIT_TO_APP), Shortcuts.QUIT, () -> {
            main.sessions().saveLast();
            Platform.exit();
        });
        Menu file = menu("menu.file");
        file.getItems().addAll(open, paste, recentTexts, new SeparatorMenuItem(), openSession, saveSession,
                recentSessions, restore, clear, new SeparatorMenuItem(), exportMenu, new SeparatorMenuItem(), quit);
        return file;
    }

    /** Refuses, with the engine's message, a method ARPA cannot represent before asking for a file name. */
    private void exportArpa() {
        main.exportModelArpa();
    }

    private Menu editMenu() {
        MenuItem copy = item("menu.edit.copy", new FontIcon(Material2AL.CONTENT_COPY), Shortcuts.COPY,
                this::copy);
        Menu edit = menu("menu.edit");
        edit.getItems().add(copy);
        return edit;
    }

    /** Ctrl+C: selected text in a text field, else the focused chart's image or table's selected rows. */
    private void copy() {
        if (bar.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl field) {
            field.copy();
        } else {
            CopyFocused.copy(bar.getScene());
        }
    }

    private Menu samplesMenu() {
        Menu samples = menu("menu.samples");
        for (Sample s : Samples.all()) {
            MenuItem mi = new MenuItem();
            mi.textProperty().bind(I18n.bind(() -> s.displayName(I18n.locale())));
            mi.setId("sample-" + s.id());
            mi.setGraphic(new FontIcon(Material2AL.DESCRIPTION));
            mi.setOnAction(e -> main.sessions().loadSample(s));
            samples.getItems().add(mi);
        }
        return samples;
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = item(new RadioMenuItem(), "menu.view.light", new FontIcon(Material2MZ.WB_SUNNY));
        RadioMenuItem dark = item(new RadioMenuItem(), "menu.view.dark", new FontIcon(Material2MZ.NIGHTS_STAY));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (main.darkProperty().get() ? dark : light).setSelected(true);
        light.setOnAction(e -> main.darkProperty().set(false));
        dark.setOnAction(e -> main.darkProperty().set(true));
        main.darkProperty().addListener((o, a, d) -> (d ? dark : light).setSelected(true));

        CheckMenuItem presenting = item(new CheckMenuItem(), "menu.view.presenter", new FontIcon(Material2MZ.SLIDESHOW));
        presenting.setAccelerator(Shortcuts.PRESENTER.primary());
        presenting.selectedProperty().bindBidirectional(presenter.activeProperty());
        MenuItem zoomIn = item("menu.view.zoomIn", new FontIcon(Material2MZ.ZOOM_IN), Shortcuts.ZOOM_IN,
                presenter::zoomIn);
        MenuItem zoomOut = item("menu.view.zoomOut", new FontIcon(Material2MZ.ZOOM_OUT), Shortcuts.ZOOM_OUT,
                presenter::zoomOut);
        MenuItem zoomReset = item("menu.view.zoomReset", null, Shortcuts.ZOOM_RESET, presenter::resetZoom);
        MenuItem level = new MenuItem();
        level.textProperty().bind(I18n.bind(() -> I18n.get("menu.view.zoomLevel", presenter.getScale()),
                presenter.scaleProperty()));
        level.setDisable(true);
        level.setId("zoom-level");

        ToggleGroup languages = new ToggleGroup();
        Menu language = menu("menu.view.language");
        language.setGraphic(new FontIcon(Material2AL.LANGUAGE));
        for (Locale l : org.lmlens.i18n.I18n.SUPPORTED) {
            RadioMenuItem mi = item(new RadioMenuItem(), "language." + l.getLanguage(), null);
            mi.setToggleGroup(languages);
            mi.setSelected(I18n.locale().getLanguage().equals(l.getLanguage()));
            mi.setOnAction(e -> {
                I18n.setLocale(l);
                main.settings().setLocale(l);
            });
            org.lmlens.ui.common.LanguageListener.attach(mi, () -> mi.setSelected(
                    I18n.locale().getLanguage().equals(l.getLanguage())));
            language.getItems().add(mi);
        }
        Menu view = menu("menu.view");
        view.getItems().addAll(light, dark, new SeparatorMenuItem(), presenting, zoomIn, zoomOut, zoomReset, level,
                new SeparatorMenuItem(), language);
        return view;
    }

    private Menu helpMenu() {
        MenuItem guide = item("menu.help.guide", new FontIcon(Material2MZ.MENU_BOOK), Shortcuts.GUIDE,
                () -> HelpDialogs.showGuide(window()));
        MenuItem keys = item("menu.help.shortcuts", new FontIcon(Material2AL.KEYBOARD), null,
                () -> HelpDialogs.showShortcuts(window()));
        MenuItem about = item("menu.help.about", new FontIcon(Material2AL.INFO), null, main::showAbout);
        Menu help = menu("menu.help");
        help.getItems().addAll(guide, keys, new SeparatorMenuItem(), about);
        return help;
    }

    private void pasteDialog() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(I18n.get("paste.title"));
        dialog.initOwner(window());
        dialog.setHeaderText(I18n.get("paste.header"));
        TextArea area = new TextArea();
        area.setPromptText(I18n.get("paste.prompt"));
        area.setPrefSize(560, 320);
        area.setId("paste-area");
        dialog.getDialogPane().setContent(area);
        org.lmlens.ui.common.Dialogs.style(dialog.getDialogPane());
        ButtonType load = new ButtonType(I18n.get("paste.load"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(load, cancel);
        dialog.setResultConverter(b -> b == load ? area.getText() : null);
        dialog.showAndWait().filter(t -> !t.isBlank()).ifPresent(main.sessions()::paste);
    }

    private javafx.stage.Window window() {
        return main.stage();
    }
}
