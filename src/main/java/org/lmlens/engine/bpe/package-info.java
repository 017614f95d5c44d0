/**
 * Byte-level BPE: training ({@link org.lmlens.engine.bpe.BpeTrainer}), one encoder for trained merges and
 * for tiktoken rank tables ({@link org.lmlens.engine.bpe.BpeModel}), the merges file
 * ({@link org.lmlens.engine.bpe.MergesFile}), the {@code bpe} tokenizer of the n-gram models
 * ({@link org.lmlens.engine.bpe.BpeTokenizer}), and the tokenizer lab's common view of every tokenizer
 * ({@link org.lmlens.engine.bpe.LabTokenizer}, {@link org.lmlens.engine.bpe.Cut},
 * {@link org.lmlens.engine.bpe.CutStatistics}).
 *
 * <p>Why the trainer and encoder are written here rather than taken from a library: OpenAI's vocabularies
 * come from jtokkit (a well-kept tiktoken port, the reference the encoder is tested against), but jtokkit
 * only encodes with fixed vocabularies; it cannot learn merges, stop after k of them, or say which merges
 * built a token, which is what the lab shows. Hugging Face's {@code tokenizers} and SentencePiece train
 * BPE but are native libraries (Rust, C++) with no maintained pure-Java binding on Maven Central, and the
 * engine stays pure Java. The trainer follows Hugging Face's incremental algorithm and is checked against
 * textbook BPE that recounts every pair at every step.
 */
package org.lmlens.engine.bpe;
