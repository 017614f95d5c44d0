package org.lmlens.engine;

/**
 * How long-running engine work (reading, counting, evaluating) reports progress and learns that it
 * should stop. The UI adapts it to a JavaFX {@code Task}; the CLI and tests use {@link #NONE}.
 * Implementations must be cheap: the engine calls them every few thousand sentences.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(String stage, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports that {@code stage} is {@code fraction} (0..1, or -1 when unknown) done. */
    void update(String stage, double fraction);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the work was cancelled; called at safe points. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown out of engine work that was cancelled; callers restore their previous state. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
