package org.lmlens.engine.bpe;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * OpenAI's byte-level BPE vocabularies, as bundled in jtokkit (no download): GPT-2's {@code r50k_base},
 * GPT-3.5/GPT-4's {@code cl100k_base} and GPT-4o's {@code o200k_base}. jtokkit is the reference here: a
 * well-kept port of tiktoken, so that "how GPT cuts this text" is GPT's own answer, not a re-implementation.
 */
public enum OpenAiVocabulary {
    GPT2("gpt2", EncodingType.R50K_BASE, "r50k_base"),
    CL100K("cl100k", EncodingType.CL100K_BASE, "cl100k_base"),
    O200K("o200k", EncodingType.O200K_BASE, "o200k_base");

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private final String cliName;
    private final EncodingType type;
    private final String encodingName;

    OpenAiVocabulary(String cliName, EncodingType type, String encodingName) {
        this.cliName = cliName;
        this.type = type;
        this.encodingName = encodingName;
    }

    public String cliName() {
        return cliName;
    }

    /** tiktoken's name: {@code r50k_base}, {@code cl100k_base}, {@code o200k_base}. */
    public String encodingName() {
        return encodingName;
    }

    /** jtokkit's encoder (loaded on first use: up to a second for o200k_base). */
    public Encoding encoding() {
        return REGISTRY.getEncoding(type);
    }

    /** The vocabulary's size, special tokens included, as OpenAI states it. */
    public int vocabularySize() {
        return switch (this) {
            case GPT2 -> 50_257;
            case CL100K -> 100_277;
            case O200K -> 200_019;
        };
    }

    /** The cli name ({@code gpt2}, {@code cl100k}, {@code o200k}) or the encoding's name, or null. */
    public static OpenAiVocabulary find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (OpenAiVocabulary v : values()) {
            if (v.cliName.equals(n) || v.encodingName.equals(n)) {
                return v;
            }
        }
        return null;
    }

    /**
     * The rank table (token bytes → rank) from the {@code .tiktoken} file jtokkit ships, one
     * {@code base64 rank} line per token: what {@link BpeModel#fromRanks} needs.
     */
    public Map<byte[], Integer> ranks() {
        String resource = "/com/knuddels/jtokkit/" + encodingName + ".tiktoken";
        try (InputStream in = Encoding.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LmLensException(EngineMessages.get("bpe.noVocabulary", encodingName));
            }
            Map<byte[], Integer> ranks = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            Base64.Decoder base64 = Base64.getDecoder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    ranks.put(base64.decode(line.substring(0, space)), Integer.parseInt(line.substring(space + 1)));
                }
            }
            return ranks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This vocabulary as a {@link BpeModel} for the lab's own encoder (GPT-2's pattern: {@link #GPT2} only). */
    public BpeModel model() {
        if (this != GPT2) {
            throw new IllegalStateException(encodingName + " uses another pre-split pattern than GPT-2");
        }
        return BpeModel.fromRanks(encodingName, PreSplit.GPT2, ranks());
    }
}
