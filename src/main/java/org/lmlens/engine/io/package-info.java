/**
 * Files in and out, as a user names them on the command line or in a dialog: {@link
 * org.lmlens.engine.io.InputFile} (standard input as {@code -}, pipes and FIFOs read once, gzip, bzip2 and
 * xz read transparently) and {@link org.lmlens.engine.io.AtomicFiles} (an output is a temporary file in
 * the target's folder, moved into place when complete). Both the CLI and the desktop app use them.
 *
 * <p>Decompression is the JDK's (gzip) and Apache Commons Compress's (bzip2, xz). The spool that keeps a
 * read-once stream is written here: it is some 150 lines, and no library offers a stream that can be
 * opened again from its start while it is still being read the first time (Commons IO's
 * {@code DeferredFileOutputStream} keeps bytes but cannot be read while it is written).
 */
package org.lmlens.engine.io;
