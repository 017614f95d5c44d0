/**
 * The Tokenizer tab: byte-level BPE learnt from the loaded text, its merges, the text's tokens after any
 * number of them, and every tokenizer (the BPE, GPT-2, GPT-3.5/4, GPT-4o, words, characters, jieba words)
 * compared on the same text. One View + ViewModel, registered in {@code ui.tabs.TabRegistry}.
 */
package org.lmlens.ui.tokenizer;
