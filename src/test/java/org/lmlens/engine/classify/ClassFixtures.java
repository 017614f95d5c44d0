package org.lmlens.engine.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny labelled folder for tests: two classes, sea and hill, with training and held-out lines. */
public final class ClassFixtures {
    private ClassFixtures() {
    }

    /** Writes sea.train.txt, hill.train.txt, sea.test.txt and hill.test.txt into {@code dir}. */
    public static Path seaAndHill(Path dir) throws IOException {
        Files.writeString(dir.resolve("sea.train.txt"), "the waves roll in\nthe sea is grey\nsalt wind on the sea\n"
                + "boats on the waves\nthe tide comes in\n");
        Files.writeString(dir.resolve("hill.train.txt"), "the hill is green\nsheep on the hill\ngrass and stone\n"
                + "the path goes up the hill\n");
        Files.writeString(dir.resolve("sea.test.txt"), "the grey waves\nsalt on the boats\nthe hill by the sea\n");
        Files.writeString(dir.resolve("hill.test.txt"), "green grass\nthe stone path\nthe sea wind\n");
        return dir;
    }
}
