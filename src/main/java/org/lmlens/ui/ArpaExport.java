package org.lmlens.ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.lmlens.engine.arpa.ArpaWriter;
import org.lmlens.engine.model.LanguageModel;

/** File ▸ Export model as ARPA: the engine's {@link ArpaWriter}, in UTF-8, behind the export hook. */
final class ArpaExport {
    private ArpaExport() {
    }

    /** Writes the model, or throws the engine's clear refusal for a method ARPA cannot represent. */
    static void write(LanguageModel model, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ArpaWriter.write(model, writer);
        writer.flush();
    }

}
