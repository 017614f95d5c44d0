package org.lmlens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.neural.lm.LossPoint;
import org.lmlens.engine.neural.lm.NeuralConfig;
import org.lmlens.engine.neural.lm.NeuralTraining;
import org.lmlens.engine.neural.lm.TrainingOptions;
import org.lmlens.engine.neural.lm.WeightsFile;
import org.lmlens.engine.text.TextSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train-neural", mixinStandardHelpOptions = true,
        description = {"Train a neural language model (softmax bigram or Bengio MLP) on the n-gram models'"
                + " vocabulary and sentences, printing the loss curve as JSON lines, and save its weights.",
                "Losses are mean cross-entropies in nats per token; exp(validation_loss) is the held-out perplexity."})
final class TrainNeuralCommand implements Callable<Integer> {
    @Mixin
    ModelOptions text;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "KIND", required = true, description = "bigram or mlp.")
    String kind;

    @Option(names = "--test", arity = "1..*", paramLabel = "FILE",
            description = "Held-out text for the validation loss (default: a seeded share of the training text's sentences, as Evaluate splits it).")
    List<Path> test;

    @Option(names = "--test-share", paramLabel = "X", defaultValue = "0.1",
            description = "Share of the training sentences held out when no --test is given (default: ${DEFAULT-VALUE}).")
    double testShare;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the weights.")
    Path out;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000", description = "Training steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256", description = "Examples per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", paramLabel = "X", defaultValue = "0.01", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "adamw", description = "adamw or sgd (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--momentum", paramLabel = "X", defaultValue = "0.9", description = "SGD momentum (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--weight-decay", paramLabel = "X", defaultValue = "0", description = "AdamW's decoupled weight decay (default: ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--l2", paramLabel = "X", defaultValue = "0", description = "L2 penalty λ: λ/2 Σ w² added to the loss (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--context", paramLabel = "N", defaultValue = "3", description = "MLP: context words (default: ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--embedding", paramLabel = "N", defaultValue = "30", description = "MLP: embedding size (default: ${DEFAULT-VALUE}).")
    int embedding;

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "200", description = "MLP: hidden units (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--eval-every", paramLabel = "N", defaultValue = "100", description = "Steps between two points of the curve (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the weights and batches (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (text.arpa != null || text.smoothing != null || text.order != null) {
            throw new LmLensException("train-neural reads a training text (--train); --arpa, --smoothing"
                    + " and --order do not apply (the MLP's order is --context + 1)");
        }
        if (text.train.isEmpty()) {
            throw new LmLensException("train-neural: give --train FILE");
        }
        NeuralConfig.Kind k = NeuralConfig.Kind.byName(kind);
        NeuralConfig config = k == NeuralConfig.Kind.BIGRAM ? NeuralConfig.bigram()
                : NeuralConfig.mlp(context, embedding, hidden);
        TrainingOptions options = new TrainingOptions(batch, optimizer, learningRate, momentum, weightDecay, l2, seed);
        NeuralTraining training = NeuralTraining.prepare(TextSource.ofFiles(text.train), text.textOptions(),
                text.minCount, test == null ? null : TextSource.ofFiles(test), testShare, config, options,
                Progress.NONE);
        var printer = spec.commandLine().getOut();
        long start = System.nanoTime();
        training.trainer().train(steps, every, p -> {
            printer.println(Json.write(point(p, (System.nanoTime() - start) / 1e9)));
            printer.flush();
        }, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        WeightsFile.write(training.trainer().model(), out);
        var e = training.evaluate();
        printer.println(Json.write(Json.object("done", true, "model", training.trainer().model().name(),
                "weights", out.toString(), "parameters", training.trainer().model().parameterCount(),
                "vocabulary", training.trainer().model().vocabulary().size(),
                "training_tokens", training.trainingTokens(), "steps", training.trainer().steps(),
                "seconds", seconds, "tokens_per_second", training.trainer().tokensSeen() / seconds,
                "test_tokens", e.tokens(), "test_oov", e.oov(), "perplexity", e.perplexity(),
                "perplexity_excluding_oov", e.perplexityExcludingOov())));
        printer.flush();
        return 0;
    }

    private static Object point(LossPoint p, double seconds) {
        return Json.object("step", p.step(), "tokens", p.tokens(), "train_loss", p.trainLoss(),
                "validation_loss", p.hasValidation() ? p.validationLoss() : null,
                "validation_perplexity", p.hasValidation() ? p.validationPerplexity() : null, "seconds", seconds);
    }
}
