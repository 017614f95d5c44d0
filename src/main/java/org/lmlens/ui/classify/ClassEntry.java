package org.lmlens.ui.classify;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One class of the class set being edited: its name, its training files and its held-out files. */
public final class ClassEntry {
    private final StringProperty name = new SimpleStringProperty();
    private final ObservableList<Path> training = FXCollections.observableArrayList();
    private final ObservableList<Path> test = FXCollections.observableArrayList();

    public ClassEntry(String name) {
        this.name.set(name);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String name() {
        return name.get() == null ? "" : name.get().trim();
    }

    public ObservableList<Path> training() {
        return training;
    }

    public ObservableList<Path> test() {
        return test;
    }
}
