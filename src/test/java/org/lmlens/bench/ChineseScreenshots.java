package org.lmlens.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.MainView;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.tabs.TabRegistry;

/**
 * Screenshots of what Chinese text changes in the app, in English and in Chinese: the Counts search for 白日
 * typed without spaces, the per-character figures of Score and Evaluate, a user dictionary in the control
 * panel, and Generate's note on smoothed samples (全唐诗, order 4, modified Kneser-Ney, then MLE). Run under
 * Xvfb like {@link Screenshots}: {@code ... org.lmlens.bench.ChineseScreenshots OUT_DIR}.
 */
public final class ChineseScreenshots {
    private ChineseScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "target/chinese-shots");
        out.mkdirs();
        Path dict = Files.createTempDirectory("lmlens-dict").resolve("user.dict");
        Files.writeString(dict, "大语言模型 5 n\nn 元语法\n词元\n", StandardCharsets.UTF_8);
        SessionViewModel session = Screenshots.startSession();
        MainView[] main = new MainView[1];
        Stage[] stage = new Stage[1];
        ResponsivenessBenchmark.onFx(() -> Screenshots.openWindow(session, false, main, stage));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String p = locale == Locale.ENGLISH ? "en-" : "zh-";
            ResponsivenessBenchmark.onFx(() -> {
                I18n.setLocale(locale);
                session.userDictionaryProperty().set(null);
                session.load(Samples.byId("tang300"));
            });
            Screenshots.settle(2500);
            ResponsivenessBenchmark.onFx(() -> {
                session.orderProperty().set(3);
                session.methodProperty().set(Methods.byName("mle"));
                main[0].tabs().getSelectionModel().select(0);
                main[0].view(TabRegistry.COUNTS, org.lmlens.ui.counts.CountsView.class).viewModel().searchProperty().set("白日");
            });
            Screenshots.settle(1500);
            Screenshots.shot(stage[0], new File(out, p + "counts-search.png"));
            ResponsivenessBenchmark.onFx(() -> {
                session.methodProperty().set(Methods.byName("modified-kneser-ney"));
                main[0].tabs().getSelectionModel().select(3);
                ((javafx.scene.control.TextArea) stage[0].getScene().lookup("#score-first")).setText("床前明月光，疑是地上霜。");
            });
            Screenshots.settle(1500);
            Screenshots.shot(stage[0], new File(out, p + "score-per-character.png"));
            ResponsivenessBenchmark.onFx(() -> main[0].tabs().getSelectionModel().select(4));
            Screenshots.settle(8000);
            Screenshots.shot(stage[0], new File(out, p + "evaluate-per-character.png"));
            ResponsivenessBenchmark.onFx(() -> session.load(SessionViewModel.Origin.pasted(
                    "我们今天用 Python 训练了一个大语言模型。\nn 元语法是最简单的语言模型，词元是它的单位。\n"),
                    TextOptions.automatic().withTokenizer(Tokenizers.byName("zh-word"))));
            Screenshots.settle(2500);
            ResponsivenessBenchmark.onFx(() -> session.loadUserDictionary(dict));
            Screenshots.settle(2500);
            ResponsivenessBenchmark.onFx(() -> {
                session.orderProperty().set(1);
                main[0].tabs().getSelectionModel().select(0);
                main[0].view(TabRegistry.COUNTS, org.lmlens.ui.counts.CountsView.class).viewModel().searchProperty().set("");
            });
            Screenshots.settle(1500);
            Screenshots.shot(stage[0], new File(out, p + "user-dictionary.png"));
            ResponsivenessBenchmark.onFx(() -> {
                session.userDictionaryProperty().set(null);
                session.load(Samples.byId("quantangshi"));
            });
            Screenshots.settle(5000);
            for (String method : new String[] {"modified-kneser-ney", "mle"}) {
                ResponsivenessBenchmark.onFx(() -> {
                    session.orderProperty().set(4);
                    session.methodProperty().set(Methods.byName(method));
                    main[0].tabs().getSelectionModel().select(2);
                    main[0].view(TabRegistry.GENERATE, org.lmlens.ui.generate.GenerateTabView.class).sentencesView()
                            .viewModel().generate();
                });
                Screenshots.settle(3000);
                Screenshots.shot(stage[0], new File(out, p + "generate-" + method + ".png"));
            }
        }
        Platform.exit();
        System.exit(0);
    }
}
