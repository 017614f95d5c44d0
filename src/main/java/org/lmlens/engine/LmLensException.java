package org.lmlens.engine;

/**
 * A problem the user can understand and fix: a missing file, an undecodable text, an empty corpus, an
 * unknown method. Its message is shown as-is (one line in the CLI, a dialog in the app), so it must say
 * what went wrong in plain words and never be a stack trace.
 */
public class LmLensException extends RuntimeException {
    public LmLensException(String message) {
        super(message);
    }

    public LmLensException(String message, Throwable cause) {
        super(message, cause);
    }
}
