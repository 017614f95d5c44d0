package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.arpa.ArpaReader;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.ArpaForm;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.toy.ToyMethod;

/**
 * A method registered from outside the engine is a method of the command line like the built-in ones:
 * {@code --smoothing toy} with its own parameter, and {@code export-arpa} writes it or refuses it as its
 * declared ARPA form says.
 */
@Isolated("registers methods, which other test classes would list")
class ToyMethodCliTest {
    @TempDir
    Path dir;

    @Test
    void aRegisteredMethodIsUsedListedAndExportedAsItDeclares() throws Exception {
        Path mini = dir.resolve("mini.txt");
        Files.writeString(mini, TestCorpora.MINI, StandardCharsets.UTF_8);
        ToyMethod toy = new ToyMethod("toy", ArpaForm.BACKOFF);
        ToyMethod closed = new ToyMethod("toy-closed", ArpaForm.refused("arpa.why.additive"));
        try (Methods.Registration a = Methods.register(toy); Methods.Registration b = Methods.register(closed)) {
            assertThat(CliRunner.run("prob", "--help").out()).contains("toy, toy-closed");

            // --smoothing toy with its own parameter gives the engine's value: λ·c(I am)/c(I) + (1-λ)·P(am)
            CliRunner.Result prob = CliRunner.run("prob", "--train", mini.toString(), "--order", "2", "--smoothing",
                    "toy", "--param", "lambda=0.5", "--context", "I", "--word", "am", "--json");
            assertThat(prob.exitCode()).as(prob.err()).isZero();
            TrainedText text = TestCorpora.mini(2);
            LanguageModel engine = text.model(2, toy, Parameters.NONE.with("lambda", 0.5));
            double p = prob.json().get("probability").asDouble();
            assertThat(p).isEqualTo(engine.probability(List.of("I"), "am"));
            assertThat(p).isCloseTo(0.5 * 2 / 3 + 0.5 * engine.probability(List.of(), "am"), within(1e-12));
            CliRunner.Result wrongParameter = CliRunner.run("prob", "--train", mini.toString(), "--smoothing", "toy",
                    "--param", "k=0.5", "--context", "I", "--word", "am");
            assertThat(wrongParameter.exitCode()).isNotZero();
            assertThat(wrongParameter.err()).contains("toy has no such parameter").contains("lambda");

            // ARPA: written (and read back with the same probabilities) or refused, as declared
            Path arpa = dir.resolve("toy.arpa");
            CliRunner.Result export = CliRunner.run("export-arpa", "--train", mini.toString(), "--order", "2",
                    "--smoothing", "toy", "--out", arpa.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            LanguageModel back = ArpaReader.read(arpa).languageModel();
            LanguageModel model = text.model(2, toy, Parameters.NONE);
            for (String w : List.of("am", "Sam", "</s>", "green")) {
                assertThat(back.probability(List.of("I"), w)).isCloseTo(model.probability(List.of("I"), w),
                        within(1e-6 * model.probability(List.of("I"), w)));
            }
            CliRunner.Result refused = CliRunner.run("export-arpa", "--train", mini.toString(), "--smoothing",
                    "toy-closed", "--out", dir.resolve("closed.arpa").toString());
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.err()).contains("Cannot export toy-closed as ARPA")
                    .contains(EngineMessages.get("arpa.why.additive"));
            assertThat(dir.resolve("closed.arpa")).doesNotExist();
        }
        assertThat(CliRunner.run("prob", "--train", mini.toString(), "--smoothing", "toy", "--word", "am").err())
                .contains("Unknown smoothing method 'toy'");
    }
}
