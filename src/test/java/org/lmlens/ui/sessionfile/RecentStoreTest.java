package org.lmlens.ui.sessionfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentStoreTest {
    @TempDir
    Path home;

    /** The store writes in the background: let it finish before the temporary folder is deleted. */
    @AfterEach
    void writesDone() {
        RecentStore.awaitWrites();
    }

    @Test
    void mostRecentFirstWithoutDuplicatesAtMostTen() {
        RecentStore store = new RecentStore(home);
        List<Path> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path p = home.resolve("text-" + i + ".txt");
            added.add(p);
            store.addFile(p);
        }
        assertThat(store.files()).hasSize(RecentStore.MAX);
        assertThat(store.files().get(0)).isEqualTo(added.get(11));
        assertThat(store.files()).doesNotContain(added.get(0), added.get(1));

        store.addFile(home.resolve("sub/../text-5.txt"));
        assertThat(store.files()).hasSize(RecentStore.MAX);
        assertThat(store.files().get(0)).isEqualTo(added.get(5));
        assertThat(store.files()).doesNotHaveDuplicates();
        assertThat(store.files().get(1)).isEqualTo(added.get(11));
    }

    @Test
    void filesAndSessionsAreSeparateListsAndPersist() {
        RecentStore store = new RecentStore(home);
        Path text = home.resolve("唐诗/三百首.txt");
        Path session = home.resolve("课堂.lmlens.json");
        store.addFile(text);
        store.addSession(session);
        store.setRestoreLastSession(true);

        RecentStore reopened = new RecentStore(home);
        assertThat(reopened.files()).containsExactly(text);
        assertThat(reopened.sessions()).containsExactly(session);
        assertThat(reopened.restoreLastSession()).isTrue();
        assertThat(reopened.resetNotice()).isEmpty();
        assertThat(reopened.lastSessionFile()).isEqualTo(home.resolve("last-session.lmlens.json"));
    }

    @Test
    void removeAndClear() {
        RecentStore store = new RecentStore(home);
        store.addFile(home.resolve("a.txt"));
        store.addFile(home.resolve("b.txt"));
        store.addSession(home.resolve("a.txt"));
        store.remove(home.resolve("a.txt"));
        assertThat(store.files()).containsExactly(home.resolve("b.txt"));
        assertThat(store.sessions()).isEmpty();
        store.setRestoreLastSession(true);
        store.clear();
        assertThat(new RecentStore(home).files()).isEmpty();
        assertThat(new RecentStore(home).restoreLastSession()).isTrue();
    }

    @Test
    void aDamagedListResetsWithANoticeAndKeepsTheBadCopy() throws Exception {
        Files.writeString(home.resolve("recent.json"), "{\"formatVersion\": 1, \"files\": [");
        RecentStore store = new RecentStore(home);
        assertThat(store.files()).isEmpty();
        assertThat(store.resetNotice()).hasValueSatisfying(m -> assertThat(m).contains("recent.json"));
        assertThat(store.resetNotice()).isEmpty();
        assertThat(home.resolve("recent.json.bad")).hasContent("{\"formatVersion\": 1, \"files\": [");
        store.addFile(home.resolve("new.txt"));
        assertThat(new RecentStore(home).files()).containsExactly(home.resolve("new.txt"));
    }

    @Test
    void aListFromANewerVersionIsNotMisreadButReset() throws Exception {
        Files.writeString(home.resolve("recent.json"), "{\"formatVersion\": 9, \"files\": [\"/x\"]}");
        RecentStore store = new RecentStore(home);
        assertThat(store.files()).isEmpty();
        assertThat(store.resetNotice()).isPresent();
    }

    @Test
    void theUserStoreLivesInLmlensHome() {
        String previous = System.getProperty(LmLensHome.PROPERTY);
        System.setProperty(LmLensHome.PROPERTY, home.resolve("设置").toString());
        try {
            RecentStore.user().addSession(home.resolve("s.lmlens.json"));
            RecentStore.awaitWrites();
            assertThat(home.resolve("设置/recent.json")).exists();
            assertThat(LmLensHome.dir()).isEqualTo(home.resolve("设置"));
        } finally {
            if (previous == null) {
                System.clearProperty(LmLensHome.PROPERTY);
            } else {
                System.setProperty(LmLensHome.PROPERTY, previous);
            }
        }
    }
}
