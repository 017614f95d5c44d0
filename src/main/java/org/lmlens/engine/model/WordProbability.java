package org.lmlens.engine.model;

/** One outcome of a distribution: a word and its probability. */
public record WordProbability(String word, int id, double probability) {
}
