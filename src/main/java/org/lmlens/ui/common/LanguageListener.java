package org.lmlens.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import org.lmlens.i18n.I18n;

/**
 * Runs an action after each language switch for as long as its owner (a view's node or menu item) exists.
 *
 * <p>The UI language is one global property. A listener added to it directly keeps its view, and with it
 * the view's whole window, reachable for good: each window the UI tests had built and closed still
 * rebuilt its sliders and relabelled its labels at every switch, 63 ms of FX-thread CPU for one switch late
 * in a test run. Here the owner holds the listener and the language property only a weak reference to it,
 * so a window that is gone is collected with its listeners.
 */
public final class LanguageListener {
    private static final String KEY = LanguageListener.class.getName();

    private LanguageListener() {
    }

    public static void attach(Node owner, Runnable action) {
        attach(owner.getProperties(), action);
    }

    public static void attach(MenuItem owner, Runnable action) {
        attach(owner.getProperties(), action);
    }

    private static void attach(ObservableMap<Object, Object> ownerProperties, Runnable action) {
        ChangeListener<ResourceBundle> listener = (o, a, b) -> action.run();
        ((Held) ownerProperties.computeIfAbsent(KEY, k -> new Held())).listeners.add(listener);
        I18n.bundleProperty().addListener(new WeakChangeListener<>(listener));
    }

    /** The owner's listeners, in its properties: what keeps them alive exactly as long as the owner. */
    private static final class Held {
        private final List<ChangeListener<ResourceBundle>> listeners = new ArrayList<>();
    }
}
