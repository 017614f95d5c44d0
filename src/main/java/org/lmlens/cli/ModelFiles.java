package org.lmlens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The saved models a command can use instead of counting a training text: a neural model's weights and a
 * compact model file. A mixin of its own, because {@code train-neural} takes the text options but uses
 * {@code --model} for the kind of network it trains.
 */
final class ModelFiles {
    @Option(names = "--weights", paramLabel = "FILE",
            description = "Use the neural model saved in this weights file (train-neural --out) instead of --train.")
    Path weights;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Use the compact model file (export-model, the Spark job) instead of --train: memory-mapped, opens at once.")
    Path compactModel;
}
