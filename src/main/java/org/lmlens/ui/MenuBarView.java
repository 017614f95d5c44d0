package org.lmlens.ui;

import java.io.File;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.common.Zoom;
import org.lmlens.ui.session.Sample;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;

/** File (open, paste, quit), Samples, View (theme, language) and Help menus. */
final class MenuBarView {
    private final SessionViewModel session;
    private final Settings settings;
    private final Consumer<File> openFile;
    private final Runnable showAbout;
    private MenuBar bar;

    MenuBarView(SessionViewModel session, Settings settings, Consumer<File> openFile, Runnable showAbout) {
        this.session = session;
        this.settings = settings;
        this.openFile = openFile;
        this.showAbout = showAbout;
    }

    MenuBar createView() {
        bar = new MenuBar(fileMenu(), samplesMenu(), viewMenu(), helpMenu());
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

    private Menu fileMenu() {
        MenuItem open = item(new MenuItem(), "menu.file.open", new FontIcon(Material2MZ.OPEN_IN_NEW));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> openFile.accept(MainView.fileChooser().showOpenDialog(window())));
        MenuItem paste = item(new MenuItem(), "menu.file.paste", new FontIcon(Material2AL.CONTENT_PASTE));
        paste.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+V"));
        paste.setOnAction(e -> pasteDialog());
        MenuItem quit = item(new MenuItem(), "menu.file.quit", new FontIcon(Material2AL.EXIT_TO_APP));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> javafx.application.Platform.exit());
        Menu file = menu("menu.file");
        file.getItems().addAll(open, paste, new SeparatorMenuItem(), quit);
        return file;
    }

    private Menu samplesMenu() {
        Menu samples = menu("menu.samples");
        for (Sample s : Samples.all()) {
            MenuItem mi = new MenuItem();
            mi.textProperty().bind(I18n.bind(() -> s.displayName(I18n.locale())));
            mi.setId("sample-" + s.id());
            mi.setGraphic(new FontIcon(Material2AL.DESCRIPTION));
            mi.setOnAction(e -> session.load(s));
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
        (settings.darkTheme() ? dark : light).setSelected(true);
        light.setOnAction(e -> setTheme(false));
        dark.setOnAction(e -> setTheme(true));

        ToggleGroup languages = new ToggleGroup();
        Menu language = menu("menu.view.language");
        language.setGraphic(new FontIcon(Material2AL.LANGUAGE));
        for (Locale l : I18n.SUPPORTED) {
            RadioMenuItem mi = item(new RadioMenuItem(), "language." + l.getLanguage(), null);
            mi.setToggleGroup(languages);
            mi.setSelected(I18n.locale().getLanguage().equals(l.getLanguage()));
            mi.setOnAction(e -> {
                I18n.setLocale(l);
                settings.setLocale(l);
            });
            language.getItems().add(mi);
        }
        MenuItem larger = item(new MenuItem(), "menu.view.larger", new FontIcon(Material2MZ.ZOOM_IN));
        larger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        larger.setOnAction(e -> zoom(Zoom.scale() + Zoom.STEP));
        MenuItem smaller = item(new MenuItem(), "menu.view.smaller", new FontIcon(Material2MZ.ZOOM_OUT));
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> zoom(Zoom.scale() - Zoom.STEP));
        MenuItem normal = item(new MenuItem(), "menu.view.normalSize", null);
        normal.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        normal.setOnAction(e -> zoom(1.0));
        Menu view = menu("menu.view");
        view.getItems().addAll(light, dark, new SeparatorMenuItem(), larger, smaller, normal,
                new SeparatorMenuItem(), language);
        return view;
    }

    private void zoom(double scale) {
        Zoom.set(scale);
        settings.setTextScale(Zoom.scale());
    }

    private void setTheme(boolean dark) {
        LmLensApp.applyTheme(dark);
        settings.setDarkTheme(dark);
    }

    private Menu helpMenu() {
        MenuItem about = item(new MenuItem(), "menu.help.about", new FontIcon(Material2AL.INFO));
        about.setOnAction(e -> showAbout.run());
        Menu help = menu("menu.help");
        help.getItems().add(about);
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
        dialog.showAndWait().filter(t -> !t.isBlank())
                .ifPresent(t -> session.load(SessionViewModel.Origin.pasted(t), session.currentOptions()));
    }

    private javafx.stage.Window window() {
        return bar != null && bar.getScene() != null ? bar.getScene().getWindow() : null;
    }
}
