package org.lmlens.ui.session;

import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.lmlens.engine.text.UserDictionary;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Tips;

/**
 * The control panel's user-dictionary row: the dictionary's name (or "none"), a button to choose a file
 * (one word a line, jieba's {@code load_userdict} format) and one to remove it. The file is read by the
 * session view-model in the background; the loaded text is then read again with it.
 */
final class UserDictionaryControl {
    private final SessionViewModel session;

    UserDictionaryControl(SessionViewModel session) {
        this.session = session;
    }

    Node createView() {
        Label name = new Label();
        name.setId("user-dict-name");
        name.textProperty().bind(I18n.bind(() -> {
            UserDictionary d = session.userDictionaryProperty().get();
            return d == null ? I18n.get("control.userDict.none")
                    : I18n.get("control.userDict.words", d.name(), d.entries().size());
        }, session.userDictionaryProperty()));
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);

        Button choose = new Button();
        choose.textProperty().bind(I18n.bind("control.userDict.choose"));
        choose.setId("user-dict-choose");
        Tips.of(choose, "tip.control.userDict");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.get("control.userDict.title"));
            File f = chooser.showOpenDialog(choose.getScene().getWindow());
            if (f != null) {
                session.loadUserDictionary(f.toPath());
            }
        });

        Button clear = new Button("×"); // i18n-ok: a sign, explained by its tooltip
        clear.setId("user-dict-clear");
        Tips.of(clear, "tip.control.userDict.clear");
        clear.disableProperty().bind(session.userDictionaryProperty().isNull());
        clear.setOnAction(e -> session.userDictionaryProperty().set(null));

        // the buttons keep their text; a long file name is what gets cut
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.setMinWidth(0);
        HBox row = new HBox(6, name, choose, clear);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
