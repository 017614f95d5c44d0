package org.lmlens.engine.smoothing;

/**
 * Whether a method's models can be written as an ARPA back-off file, as the method declares it. A method
 * whose estimators are exactly back-off models ({@link BackoffForm}: every interpolated method) declares
 * {@link #BACKOFF}; any other declares {@link #refused} with the engine message (a key of
 * {@code org/lmlens/engine/messages.properties}) that says why no ARPA file can hold it. A method that is not
 * normalised is refused whatever it declares: its scores are not probabilities.
 *
 * @param refusalKey the message key of the reason, or null for a method that has an ARPA form
 */
public record ArpaForm(String refusalKey) {
    /** Estimates are {@link BackoffForm}s: written with their own probabilities and back-off weights. */
    public static final ArpaForm BACKOFF = new ArpaForm(null);

    /** The default of a method that declares nothing: its estimator provides no back-off weights. */
    public static final ArpaForm NO_BACKOFF_WEIGHTS = refused("arpa.why.other");

    /** No ARPA form, for the reason the engine message {@code key} gives. */
    public static ArpaForm refused(String key) {
        return new ArpaForm(key);
    }

    /** Whether models of the method can be written as ARPA. */
    public boolean writable() {
        return refusalKey == null;
    }
}
