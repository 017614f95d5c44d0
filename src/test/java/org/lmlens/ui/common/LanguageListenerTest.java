package org.lmlens.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmlens.i18n.I18n;

/** A language listener runs while its owner lives, and does not keep the owner (nor its window) alive. */
class LanguageListenerTest {
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void runsAtEachSwitchWhileItsOwnerLivesAndLetsTheOwnerBeCollected() throws InterruptedException {
        Region kept = new Region();
        LanguageListener.attach(kept, runs::incrementAndGet);
        WeakReference<Region> dropped = attachToDroppedOwner();

        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(runs).as("both owners alive").hasValue(2);

        for (int i = 0; i < 100 && dropped.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(dropped.get()).as("a listener that refers to its owner does not keep it").isNull();
        I18n.setLocale(Locale.ENGLISH);
        assertThat(runs).as("only the kept owner's listener ran").hasValue(3);
        assertThat(kept.getProperties()).isNotEmpty(); // (keeps `kept` reachable until here)
    }

    /** An owner whose listener refers to it, as a view's does, and which nothing else keeps. */
    private WeakReference<Region> attachToDroppedOwner() {
        Region owner = new Region();
        LanguageListener.attach(owner, () -> {
            owner.setPrefWidth(owner.getPrefWidth() + 1);
            runs.incrementAndGet();
        });
        return new WeakReference<>(owner);
    }
}
