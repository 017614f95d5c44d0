package org.lmlens.engine.model;

import org.lmlens.engine.LmLensException;

/** Thrown when a method has no distribution for a context: MLE and a context never seen in training. */
public final class UndefinedContextException extends LmLensException {
    public UndefinedContextException(String context, String method) {
        super("The context \"" + context + "\" never occurs in the training text, so " + method
                + " has no distribution for it (this is what smoothing fixes)");
    }
}
