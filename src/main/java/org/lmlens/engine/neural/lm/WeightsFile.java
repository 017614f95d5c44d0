package org.lmlens.engine.neural.lm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.neural.Tensor;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;

/**
 * The file a trained neural model is saved in. Big-endian ({@link DataOutputStream}), strings in modified
 * UTF-8 with a 2-byte length ({@link DataOutputStream#writeUTF}):
 *
 * <pre>
 *   "LMLENS-NEURAL\n"                  14 ASCII bytes
 *   int     format version (1)
 *   utf     model kind: bigram | mlp
 *   int ×3  context length, embedding size, hidden size (0 where the kind has none)
 *   utf     tokenizer name, utf sentence mode (line | punct), boolean lowercase, utf encoding (or auto)
 *   int     vocabulary size V, then V − 3 utf words: ids 3 .. V−1 (ids 0..2 are &lt;unk&gt; &lt;s&gt; &lt;/s&gt;)
 *   int     number of tensors; per tensor: utf name, int rows, int cols, rows · cols floats (row-major)
 *   long    CRC-32 of every byte before it
 * </pre>
 *
 * A file that is not one, truncated, corrupted (checksum) or from a newer version is refused with a clear
 * {@link LmLensException} and nothing is loaded. Writing goes to a temporary file in the same folder,
 * moved over the target at the end, so an interrupted save leaves any older file whole.
 */
public final class WeightsFile {
    static final byte[] MAGIC = "LMLENS-NEURAL\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;

    private WeightsFile() {
    }

    public static void write(NeuralModel model, Path file) {
        byte[] bytes = toBytes(model);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("neural.file.cannotWrite", file, e.getMessage()), e);
        }
    }

    static byte[] toBytes(NeuralModel model) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            NeuralConfig c = model.config();
            out.writeUTF(c.kind().cliName());
            out.writeInt(c.contextLength());
            out.writeInt(c.embeddingSize());
            out.writeInt(c.hiddenSize());
            TextOptions t = model.textOptions();
            out.writeUTF(t.tokenizer().name());
            out.writeUTF(t.sentenceMode().cliName());
            out.writeBoolean(t.lowercase());
            out.writeUTF(t.encodingName());
            List<String> words = model.words();
            out.writeInt(words.size());
            for (String w : words.subList(3, words.size())) {
                out.writeUTF(w);
            }
            List<Tensor> tensors = model.parameters();
            out.writeInt(tensors.size());
            for (Tensor x : tensors) {
                out.writeUTF(x.name());
                out.writeInt(x.rows);
                out.writeInt(x.cols);
                writeFloats(out, x.data);
            }
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }

    private static void writeFloats(OutputStream out, float[] values) throws IOException {
        byte[] chunk = new byte[4 * 4096];
        for (int from = 0; from < values.length; from += 4096) {
            int n = Math.min(4096, values.length - from);
            for (int i = 0; i < n; i++) {
                int bits = Float.floatToRawIntBits(values[from + i]);
                chunk[4 * i] = (byte) (bits >>> 24);
                chunk[4 * i + 1] = (byte) (bits >>> 16);
                chunk[4 * i + 2] = (byte) (bits >>> 8);
                chunk[4 * i + 3] = (byte) bits;
            }
            out.write(chunk, 0, 4 * n);
        }
    }

    public static NeuralModel read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("neural.file.cannotRead", file, e.getMessage()), e);
        }
        return fromBytes(bytes, file.toString());
    }

    static NeuralModel fromBytes(byte[] bytes, String name) {
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new LmLensException(EngineMessages.get("neural.file.notWeights", name));
        }
        if (bytes.length < MAGIC.length + 4 + 8) {
            throw new LmLensException(EngineMessages.get("neural.file.truncated", name));
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.skipNBytes(MAGIC.length);
            int version = in.readInt();
            if (version != VERSION) {
                throw new LmLensException(EngineMessages.get("neural.file.version", name, version, VERSION));
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            long stored = longAt(bytes, bytes.length - 8);
            if (stored != crc.getValue()) {
                throw new LmLensException(EngineMessages.get("neural.file.checksum", name));
            }
            return parse(in, name);
        } catch (EOFException e) {
            throw new LmLensException(EngineMessages.get("neural.file.truncated", name), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new LmLensException(EngineMessages.get("neural.file.invalid", name, e.getMessage()), e);
        }
    }

    private static NeuralModel parse(DataInputStream in, String name) throws IOException {
        NeuralConfig.Kind kind = NeuralConfig.Kind.byName(in.readUTF());
        NeuralConfig config = new NeuralConfig(kind, in.readInt(), in.readInt(), in.readInt());
        TextOptions options = new TextOptions(Tokenizers.byName(in.readUTF()), SentenceMode.byName(in.readUTF()),
                in.readBoolean(), TextOptions.parseEncoding(in.readUTF()));
        int v = in.readInt();
        if (v < 3 || v > in.available() / 2 + 3) {
            throw new IllegalArgumentException("vocabulary size " + v);
        }
        List<String> words = new ArrayList<>(v - 3);
        for (int i = 3; i < v; i++) {
            words.add(in.readUTF());
        }
        Vocabulary vocabulary = Vocabulary.of(words);
        int count = in.readInt();
        if (count < 0 || count > 64) {
            throw new IllegalArgumentException(count + " tensors");
        }
        List<Tensor> tensors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String tensorName = in.readUTF();
            int rows = in.readInt();
            int cols = in.readInt();
            if (rows < 0 || cols < 0 || (long) rows * cols * 4 > in.available()) {
                throw new EOFException();
            }
            float[] data = new float[rows * cols];
            for (int j = 0; j < data.length; j++) {
                data[j] = in.readFloat();
                if (!Float.isFinite(data[j])) {
                    throw new IllegalArgumentException(tensorName + " holds " + data[j]);
                }
            }
            tensors.add(new Tensor(tensorName, rows, cols, data));
        }
        if (in.available() != 8) {
            throw new IllegalArgumentException((in.available() - 8) + " bytes after the last tensor");
        }
        return NeuralModel.withWeights(config, vocabulary, options, tensors);
    }

    /** The big-endian long at {@code at}. */
    private static long longAt(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        return v;
    }
}
