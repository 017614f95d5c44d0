package org.lmlens.engine.smoothing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * Every smoothing method the engine offers, in the order menus list them: the built-in ones, then any
 * {@link #register registered} later (an extension, or a test's own method). The command line, every tab
 * and the exports list methods from here.
 */
public final class Methods {
    private static final List<SmoothingMethod> BUILT_IN = List.of(
            new MaximumLikelihood(),
            new Laplace(),
            new Lidstone(),
            new GoodTuring(),
            new Katz(),
            new AbsoluteDiscounting(),
            new WittenBell(),
            new KneserNey(),
            new ModifiedKneserNey(),
            new JelinekMercer(),
            new StupidBackoff());
    private static final List<SmoothingMethod> ALL = new CopyOnWriteArrayList<>(BUILT_IN);

    private Methods() {
    }

    /** The methods offered now, built-in ones first (a snapshot: a later registration does not change it). */
    public static List<SmoothingMethod> all() {
        return List.copyOf(ALL);
    }

    /** A registration of a method; closing it takes the method off the list again. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Adds a method after the others, until the registration is closed. Lists built later (menus, the
     * command line's choices) include it; its name must be new.
     */
    public static Registration register(SmoothingMethod method) {
        synchronized (ALL) {
            if (ALL.stream().anyMatch(m -> m.name().equalsIgnoreCase(method.name()))) {
                throw new IllegalArgumentException("a smoothing method named " + method.name() + " exists already");
            }
            ALL.add(method);
        }
        return () -> ALL.remove(method);
    }

    public static SmoothingMethod byName(String name) {
        for (SmoothingMethod m : ALL) {
            if (m.name().equalsIgnoreCase(name.trim())) {
                return m;
            }
        }
        throw new LmLensException(EngineMessages.get("smoothing.unknown", name, names()));
    }

    public static String names() {
        return String.join(", ", ALL.stream().map(SmoothingMethod::name).toList());
    }
}
