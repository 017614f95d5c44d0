package org.lmlens.ui.classify;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Tips;

/**
 * The class set being edited: one card per class with its name, its training files and its held-out
 * files. Files are added with a button or dropped on the card's training or held-out area.
 */
final class ClassSetPane {
    private final ClassifyViewModel viewModel;
    private final VBox cards = new VBox(8);
    private final VBox root = new VBox(8);

    ClassSetPane(ClassifyViewModel viewModel) {
        this.viewModel = viewModel;
        Button sample = Tips.of(new Button(), "tip.classify.sample");
        sample.textProperty().bind(I18n.bind("classify.sample"));
        sample.setOnAction(e -> viewModel.loadSample());
        sample.setId("classify-sample");
        sample.setMaxWidth(Double.MAX_VALUE);
        sample.setWrapText(true);
        Button add = Tips.of(new Button(), "tip.classify.addClass");
        add.textProperty().bind(I18n.bind("classify.addClass"));
        add.setOnAction(e -> viewModel.addClass());
        add.setMaxWidth(Double.MAX_VALUE);
        Label heading = new Label();
        heading.textProperty().bind(I18n.bind("classify.classes"));
        heading.getStyleClass().add("panel-heading");
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("classify.dropHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        root.getChildren().addAll(heading, sample, cards, add, hint);
        viewModel.classes().addListener((ListChangeListener<ClassEntry>) c -> rebuild());
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        cards.getChildren().setAll(viewModel.classes().stream().map(this::card).toList());
    }

    private Node card(ClassEntry entry) {
        TextField name = Tips.of(new TextField(), "tip.classify.className");
        name.textProperty().bindBidirectional(entry.nameProperty());
        Button remove = Tips.of(new Button("✕"), "tip.classify.removeClass"); // i18n-ok: symbol
        remove.setOnAction(e -> viewModel.removeClass(entry));
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(4, name, remove);
        VBox card = new VBox(4, top, fileArea(entry, false), fileArea(entry, true));
        card.setPadding(new Insets(6));
        card.getStyleClass().add("classify-card");
        return card;
    }

    /** A drop target listing a class's training (or held-out) files, with a button to choose more. */
    private Node fileArea(ClassEntry entry, boolean heldOut) {
        List<Path> files = heldOut ? entry.test() : entry.training();
        Label list = new Label();
        list.setWrapText(true);
        list.getStyleClass().add("text-muted");
        list.textProperty().bind(I18n.bind(() -> I18n.get(heldOut ? "classify.files.test" : "classify.files.training",
                files.size(), String.join(", ", files.stream().map(p -> String.valueOf(p.getFileName())).toList())),
                entry.test(), entry.training()));
        Button choose = Tips.of(new Button("+"), heldOut ? "tip.classify.addTest" : "tip.classify.addTraining"); // i18n-ok: symbol
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.get(heldOut ? "classify.chooseTest" : "classify.chooseTraining", entry.name()));
            List<File> chosen = chooser.showOpenMultipleDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (chosen != null) {
                viewModel.addFiles(entry, chosen.stream().map(File::toPath).toList(), heldOut);
            }
        });
        HBox.setHgrow(list, Priority.ALWAYS);
        list.setMaxWidth(Double.MAX_VALUE);
        HBox area = new HBox(4, list, choose);
        area.getStyleClass().add("classify-drop");
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        area.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                viewModel.addFiles(entry, e.getDragboard().getFiles().stream().map(File::toPath).toList(), heldOut);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return area;
    }
}
