package org.lmlens.bench;

import java.io.File;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.LmLensApp;
import org.lmlens.ui.MainView;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;

/**
 * Not a test: drives the real window and writes a PNG of each of the seven tabs, in English (SLP3 mini-corpus
 * and Brown) and in Chinese (唐诗三百首), and one in presenter mode, to the folder given as first argument (default assets/screenshots).
 * Run under Xvfb: {@code xvfb-run -a java -cp … org.lmlens.bench.Screenshots}.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "assets/screenshots");
        boolean dark = args.length > 1 && args[1].equals("dark");
        out.mkdirs();
        SessionViewModel session = startSession();
        MainView[] main = new MainView[1];
        Stage[] stage = new Stage[1];
        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            openWindow(session, dark, main, stage);
            session.load(Samples.byId("sam"));
        });
        String prefix = dark ? "dark-" : "";
        settle(1500);
        shot(stage[0], new File(out, prefix + "en-counts.png"));
        ResponsivenessBenchmark.onFx(() -> {
            main[0].tabs().getSelectionModel().select(1);
            main[0].view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().contextProperty().set("I");
            session.methodProperty().set(Methods.byName("laplace"));
            main[0].view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().compareProperty().set(true);
        });
        settle(1200);
        shot(stage[0], new File(out, prefix + "en-next-word.png"));
        ResponsivenessBenchmark.onFx(() -> {
            main[0].view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().compareProperty().set(false);
            main[0].tabs().getSelectionModel().select(6);
        });
        settle(1500);
        shot(stage[0], new File(out, prefix + "en-explain.png"));
        ResponsivenessBenchmark.onFx(() -> {
            main[0].tabs().getSelectionModel().select(3);
            ((javafx.scene.control.TextArea) stage[0].getScene().lookup("#score-first"))
                    .setText("I am Sam\nI do not like green eggs and ham");
        });
        settle(1200);
        shot(stage[0], new File(out, prefix + "en-score.png"));
        // presenter mode on the Next-word chart
        ResponsivenessBenchmark.onFx(() -> {
            main[0].tabs().getSelectionModel().select(1);
            main[0].presenter().setActive(true);
        });
        settle(1200);
        shot(stage[0], new File(out, prefix + "presenter.png"));
        ResponsivenessBenchmark.onFx(() -> main[0].presenter().setActive(false));
        ResponsivenessBenchmark.onFx(() -> {
            session.methodProperty().set(Methods.byName("mle"));
            session.load(Samples.byId("brown"));
        });
        settle(5000);
        ResponsivenessBenchmark.onFx(() -> {
            session.orderProperty().set(3);
            main[0].tabs().getSelectionModel().select(0);
        });
        settle(2000);
        shot(stage[0], new File(out, prefix + "en-counts-brown.png"));
        ResponsivenessBenchmark.onFx(() -> {
            main[0].tabs().getSelectionModel().select(2);
            main[0].view(org.lmlens.ui.tabs.TabRegistry.GENERATE, org.lmlens.ui.generate.GenerateTabView.class).sentencesView().viewModel().generate();
        });
        settle(2000);
        ResponsivenessBenchmark.onFx(() -> step(stage[0], 6));
        settle(1000);
        shot(stage[0], new File(out, prefix + "en-generate.png"));
        ResponsivenessBenchmark.onFx(() -> {
            main[0].view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().contextProperty().set("of the");
            main[0].tabs().getSelectionModel().select(1);
        });
        settle(1500);
        shot(stage[0], new File(out, prefix + "en-next-word-brown.png"));
        ResponsivenessBenchmark.onFx(() -> {
            session.methodProperty().set(Methods.byName("laplace"));
            main[0].tabs().getSelectionModel().select(4);
        });
        settle(8000);
        shot(stage[0], new File(out, prefix + "en-evaluate.png"));
        ResponsivenessBenchmark.onFx(() -> main[0].tabs().getSelectionModel().select(5));
        settle(4000);
        shot(stage[0], new File(out, prefix + "en-corpus.png"));

        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            session.orderProperty().set(2);
            session.methodProperty().set(Methods.byName("lidstone"));
            session.load(Samples.byId("tang300"));
            main[0].tabs().getSelectionModel().select(0);
        });
        settle(3000);
        shot(stage[0], new File(out, prefix + "zh-counts.png"));
        ResponsivenessBenchmark.onFx(() -> {
            main[0].tabs().getSelectionModel().select(1);
            main[0].view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().contextProperty().set("床前明");
        });
        settle(1500);
        shot(stage[0], new File(out, prefix + "zh-next-word.png"));
        ResponsivenessBenchmark.onFx(() -> main[0].tabs().getSelectionModel().select(6));
        settle(1500);
        shot(stage[0], new File(out, prefix + "zh-explain.png"));
        ResponsivenessBenchmark.onFx(() -> {
            main[0].tabs().getSelectionModel().select(3);
            ((javafx.scene.control.TextArea) stage[0].getScene().lookup("#score-first")).setText("床前明月光\n疑是地上霜");
        });
        settle(1500);
        shot(stage[0], new File(out, prefix + "zh-score.png"));
        ResponsivenessBenchmark.onFx(() -> main[0].tabs().getSelectionModel().select(4));
        settle(6000);
        shot(stage[0], new File(out, prefix + "zh-evaluate.png"));
        ResponsivenessBenchmark.onFx(() -> main[0].tabs().getSelectionModel().select(5));
        settle(3000);
        shot(stage[0], new File(out, prefix + "zh-corpus.png"));
        ResponsivenessBenchmark.onFx(() -> {
            session.orderProperty().set(3);
            session.methodProperty().set(Methods.byName("mle"));
            main[0].tabs().getSelectionModel().select(2);
            main[0].view(org.lmlens.ui.tabs.TabRegistry.GENERATE, org.lmlens.ui.generate.GenerateTabView.class).sentencesView().viewModel().generate();
        });
        settle(2000);
        ResponsivenessBenchmark.onFx(() -> step(stage[0], 5));
        settle(1000);
        shot(stage[0], new File(out, prefix + "zh-generate.png"));
        // a load in progress (status bar progress and Cancel), then the About and error dialogs
        ResponsivenessBenchmark.onFx(() -> session.load(Samples.byId("quantangshi")));
        Thread.sleep(250);
        shot(stage[0], new File(out, prefix + "zh-loading.png"));
        settle(3000);
        ResponsivenessBenchmark.onFx(() -> ((javafx.scene.control.MenuBar) stage[0].getScene().lookup("#menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu.help.about".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        settle(800);
        shotDialog(new File(out, prefix + "zh-about.png"));
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("photo", ".jpg");
        java.nio.file.Files.write(bad, new byte[] {0x50, 0x4b, 3, 4, 0, (byte) 0xc3, 0x28, (byte) 0x80, 10});
        // the same refusal in the Chinese UI: the engine's message is in Chinese too
        ResponsivenessBenchmark.onFx(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != stage[0]).toList().forEach(javafx.stage.Window::hide);
            session.load(SessionViewModel.Origin.of(bad), session.currentOptions());
        });
        settle(1500);
        shotDialog(new File(out, prefix + "zh-error.png"));
        ResponsivenessBenchmark.onFx(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != stage[0]).toList().forEach(javafx.stage.Window::hide);
            I18n.setLocale(Locale.ENGLISH);
            session.load(SessionViewModel.Origin.of(bad), session.currentOptions());
        });
        settle(1500);
        shotDialog(new File(out, prefix + "en-error.png"));
        java.nio.file.Files.delete(bad);
        Platform.exit();
        System.exit(0);
    }

    private static void shotDialog(File file) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                javafx.stage.Window w = javafx.stage.Window.getWindows().stream()
                        .filter(x -> x.getScene() != null && x.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                        .findFirst().orElseThrow();
                ImageIO.write(SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null), "png", file);
                System.out.println("wrote " + file);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** Starts JavaFX and returns a session running its work in the background. */
    static SessionViewModel startSession() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        return new SessionViewModel(new FxTaskRunner());
    }

    /** Shows the main window (1320 × 820) in main[0] and stage[0]; on the FX thread. */
    static void openWindow(SessionViewModel session, boolean dark, MainView[] main, Stage[] stage) {
        LmLensApp.applyTheme(dark);
        stage[0] = new Stage();
        main[0] = new MainView(session, new Settings(Preferences.userRoot().node("org/lmlens/shots")), stage[0], scratchRecent());
        Scene scene = main[0].createScene(1320, 820);
        stage[0].setScene(scene);
        stage[0].show();
    }

    /** Presses Step by step's Step button a few times. */
    private static void step(Stage stage, int times) {
        javafx.scene.control.Button step = (javafx.scene.control.Button) stage.getScene().lookup("#step-step");
        for (int i = 0; i < times; i++) {
            step.fire();
        }
    }

    static void settle(long ms) throws InterruptedException {
        Thread.sleep(ms);
        ResponsivenessBenchmark.onFx(() -> { });
    }

    static void shot(Stage stage, File file) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file);
                System.out.println("wrote " + file);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** Recent lists in a scratch folder: never the user's. */
    static org.lmlens.ui.sessionfile.RecentStore scratchRecent() {
        try {
            return new org.lmlens.ui.sessionfile.RecentStore(java.nio.file.Files.createTempDirectory("lmlens-home"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
