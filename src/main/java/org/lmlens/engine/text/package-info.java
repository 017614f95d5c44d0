/**
 * Reading text: encoding detection (juniversalchardet), binary checks, sentence cutting
 * ({@link org.lmlens.engine.text.SentenceCutter}) and tokenizers.
 *
 * <p>Libraries do the language work: jieba (com.huaban jieba-analysis) segments Chinese words, OpenCC's
 * tables (OpenCC4j, Apache 2.0) convert traditional characters for segmentation. jieba's route with a user
 * dictionary is written here ({@link org.lmlens.engine.text.JiebaWords}) although the library has
 * {@code loadUserDict}: the library keeps one dictionary for the whole JVM and cannot remove words from it,
 * so a second dictionary, or a text read without one, would silently segment with the first one's words.
 */
package org.lmlens.engine.text;
