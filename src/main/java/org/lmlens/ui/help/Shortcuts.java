package org.lmlens.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the app, in one place: the menus take their accelerators from here, the
 * presenter and clipboard helpers match key events against it, and Help ▸ Keyboard shortcuts lists it.
 * "Shortcut" is Ctrl on Windows and Linux, ⌘ on macOS. The first combination of an entry is the one a
 * menu shows; the others (numeric keypad, Ctrl+Plus) also work.
 */
public enum Shortcuts {
    OPEN("shortcut.open", combo(KeyCode.O)),
    PASTE_TEXT("shortcut.pasteText", combo(KeyCode.V, KeyCombination.SHIFT_DOWN)),
    SAVE_SESSION("shortcut.saveSession", combo(KeyCode.S)),
    OPEN_SESSION("shortcut.openSession", combo(KeyCode.O, KeyCombination.SHIFT_DOWN)),
    EXPORT_CHART("shortcut.exportChart", combo(KeyCode.E)),
    COPY("shortcut.copy", combo(KeyCode.C)),
    PRESENTER("shortcut.presenter", new KeyCodeCombination(KeyCode.F11), combo(KeyCode.P, KeyCombination.SHIFT_DOWN)),
    ZOOM_IN("shortcut.zoomIn", combo(KeyCode.EQUALS), combo(KeyCode.PLUS), combo(KeyCode.ADD),
            combo(KeyCode.EQUALS, KeyCombination.SHIFT_DOWN)),
    ZOOM_OUT("shortcut.zoomOut", combo(KeyCode.MINUS), combo(KeyCode.SUBTRACT)),
    ZOOM_RESET("shortcut.zoomReset", combo(KeyCode.DIGIT0), combo(KeyCode.NUMPAD0)),
    CONTROL_PANEL("shortcut.controlPanel", new KeyCodeCombination(KeyCode.F9)),
    QUIT("shortcut.quit", combo(KeyCode.Q)),
    GUIDE("shortcut.guide", new KeyCodeCombination(KeyCode.F1)),
    TAB_1("shortcut.tab", combo(KeyCode.DIGIT1)),
    TAB_2("shortcut.tab", combo(KeyCode.DIGIT2)),
    TAB_3("shortcut.tab", combo(KeyCode.DIGIT3)),
    TAB_4("shortcut.tab", combo(KeyCode.DIGIT4)),
    TAB_5("shortcut.tab", combo(KeyCode.DIGIT5)),
    TAB_6("shortcut.tab", combo(KeyCode.DIGIT6)),
    TAB_7("shortcut.tab", combo(KeyCode.DIGIT7)),
    TAB_8("shortcut.tab", combo(KeyCode.DIGIT8)),
    TAB_9("shortcut.tab", combo(KeyCode.DIGIT9));

    private final String key;
    private final List<KeyCombination> combinations;

    Shortcuts(String key, KeyCombination... combinations) {
        this.key = key;
        this.combinations = List.of(combinations);
    }

    private static KeyCombination combo(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(code, all);
    }

    /** The i18n key of the action's description. */
    public String key() {
        return key;
    }

    /** The accelerator a menu item shows: {@code menuItem.setAccelerator(Shortcuts.OPEN.primary())}. */
    public KeyCombination primary() {
        return combinations.get(0);
    }

    public List<KeyCombination> combinations() {
        return combinations;
    }

    public boolean matches(KeyEvent event) {
        return combinations.stream().anyMatch(c -> c.match(event));
    }

    /** For Ctrl+1…Ctrl+9: the tab index (0-based), or -1 for other entries. */
    public int tabIndex() {
        return name().startsWith("TAB_") ? Integer.parseInt(name().substring(4)) - 1 : -1;
    }

    public static Shortcuts tab(int index) {
        return valueOf("TAB_" + (index + 1));
    }

    /** The tab entries, Ctrl+1 first. */
    public static List<Shortcuts> tabs() {
        List<Shortcuts> tabs = new ArrayList<>();
        for (Shortcuts s : values()) {
            if (s.tabIndex() >= 0) {
                tabs.add(s);
            }
        }
        return tabs;
    }

    /** How the combinations read on this OS, e.g. "F11 / Ctrl+Shift+P" (the keypad variants left out). */
    public String displayText() {
        List<String> shown = new ArrayList<>();
        for (KeyCombination c : combinations) {
            if (c instanceof KeyCodeCombination k && isKeypadOrAlias(k.getCode())) {
                continue;
            }
            if (c.getShift() == KeyCombination.ModifierValue.DOWN && this == ZOOM_IN) {
                continue;
            }
            shown.add(c.getDisplayText());
        }
        return String.join(" / ", shown);
    }

    private static boolean isKeypadOrAlias(KeyCode code) {
        return code == KeyCode.ADD || code == KeyCode.SUBTRACT || code == KeyCode.NUMPAD0 || code == KeyCode.PLUS;
    }
}
