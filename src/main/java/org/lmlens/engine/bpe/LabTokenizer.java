package org.lmlens.engine.bpe;

import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntLinkedOpenHashMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lmlens.engine.text.Tokenizer;

/**
 * One tokenizer of the tokenizer lab, whatever its kind: a BPE model (trained, or a rank table), one of
 * OpenAI's vocabularies through jtokkit, or one of the engine's word and character tokenizers. Each cuts a
 * text into a {@link Cut}, so that all are counted and compared the same way ({@link CutStatistics}).
 */
public interface LabTokenizer {
    String name();

    /** Token types the tokenizer can produce; for word and character tokenizers: those of the text cut. */
    int vocabularySize(Cut cut);

    Cut cut(String text);

    /** The lab's tokenizer names: the engine's, {@code gpt2}, {@code cl100k}, {@code o200k}, and {@code bpe}. */
    java.util.List<String> NAMES = java.util.List.of("bpe", "gpt2", "cl100k", "o200k", "word", "whitespace", "char",
            "zh-word");

    /**
     * The tokenizer of that name; {@code bpe} is {@code model} (which must then be given).
     *
     * @throws org.lmlens.engine.LmLensException for an unknown name
     */
    static LabTokenizer named(String name, BpeModel model) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        OpenAiVocabulary openAi = OpenAiVocabulary.find(n);
        if (openAi != null) {
            return openAi(openAi);
        }
        if (n.equals(BpeTokenizer.NAME)) {
            return bpe(BpeTokenizer.NAME, java.util.Objects.requireNonNull(model, "a bpe model"), Integer.MAX_VALUE);
        }
        if (NAMES.contains(n)) {
            return words(org.lmlens.engine.text.Tokenizers.byName(n));
        }
        throw new org.lmlens.engine.LmLensException(org.lmlens.engine.EngineMessages.get("bpe.unknownTokenizer", name,
                String.join(", ", NAMES)));
    }

    /** A BPE model, with only its first {@code mergeLimit} merges (all: {@link Integer#MAX_VALUE}). */
    static LabTokenizer bpe(String name, BpeModel model, int mergeLimit) {
        return new LabTokenizer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int vocabularySize(Cut cut) {
                return model.vocabularySize(mergeLimit);
            }

            @Override
            public Cut cut(String text) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                List<Cut.Token> tokens = new ArrayList<>();
                it.unimi.dsi.fastutil.ints.IntArrayList ids = new it.unimi.dsi.fastutil.ints.IntArrayList();
                int[] at = {0};
                model.preSplit().split(text, piece -> {
                    ids.clear();
                    model.encodePiece(piece.getBytes(StandardCharsets.UTF_8), mergeLimit, ids);
                    for (int k = 0; k < ids.size(); k++) {
                        int id = ids.getInt(k);
                        int length = model.byteLength(id);
                        tokens.add(new Cut.Token(id, at[0], at[0] + length));
                        at[0] += length;
                    }
                });
                return new Cut(name, bytes, List.copyOf(tokens));
            }
        };
    }

    /** One of OpenAI's vocabularies, encoded by jtokkit (special tokens are plain text). */
    static LabTokenizer openAi(OpenAiVocabulary vocabulary) {
        Map<Integer, Integer> lengths = new ConcurrentHashMap<>();
        return new LabTokenizer() {
            @Override
            public String name() {
                return vocabulary.cliName();
            }

            @Override
            public int vocabularySize(Cut cut) {
                return vocabulary.vocabularySize();
            }

            @Override
            public Cut cut(String text) {
                Encoding encoding = vocabulary.encoding();
                IntArrayList ids = encoding.encodeOrdinary(text);
                List<Cut.Token> tokens = new ArrayList<>(ids.size());
                IntArrayList one = new IntArrayList(1);
                int at = 0;
                for (int k = 0; k < ids.size(); k++) {
                    int id = ids.get(k);
                    int length = lengths.computeIfAbsent(id, i -> {
                        one.clear();
                        one.add(i);
                        return encoding.decodeBytes(one).length;
                    });
                    tokens.add(new Cut.Token(id, at, at + length));
                    at += length;
                }
                return new Cut(name(), text.getBytes(StandardCharsets.UTF_8), List.copyOf(tokens));
            }
        };
    }

    /**
     * An engine tokenizer ({@code word}, {@code char}, {@code zh-word}, ...), line by line as a model reads
     * a text. Ids number the token types of the cut text in order of first appearance.
     */
    static LabTokenizer words(Tokenizer tokenizer) {
        return new LabTokenizer() {
            @Override
            public String name() {
                return tokenizer.name();
            }

            @Override
            public int vocabularySize(Cut cut) {
                return (int) cut.tokens().stream().mapToInt(Cut.Token::id).distinct().count();
            }

            @Override
            public Cut cut(String text) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                Object2IntLinkedOpenHashMap<String> ids = new Object2IntLinkedOpenHashMap<>();
                List<Cut.Token> tokens = new ArrayList<>();
                int[] charAt = {0};
                int[] byteAt = {0};
                for (String line : text.split("\n", -1)) {
                    int lineStart = charAt[0];
                    tokenizer.tokenize(line, token -> {
                        int found = text.indexOf(token, charAt[0]);
                        if (found < 0 || found > lineStart + line.length()) {
                            return; // a tokenizer that rewrote its token: no place in the text to show it at
                        }
                        byteAt[0] += utf8Length(text, charAt[0], found);
                        int length = utf8Length(text, found, found + token.length());
                        int id = ids.computeIfAbsent(token, t -> ids.size());
                        tokens.add(new Cut.Token(id, byteAt[0], byteAt[0] + length));
                        byteAt[0] += length;
                        charAt[0] = found + token.length();
                    });
                    byteAt[0] += utf8Length(text, charAt[0], lineStart + line.length()) + 1;
                    charAt[0] = lineStart + line.length() + 1;
                }
                return new Cut(name(), bytes, List.copyOf(tokens));
            }
        };
    }

    private static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < Math.min(to, s.length()); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
