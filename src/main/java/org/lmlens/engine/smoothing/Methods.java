package org.lmlens.engine.smoothing;

import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/** Every smoothing method the engine offers, in the order menus list them. */
public final class Methods {
    private static final List<SmoothingMethod> ALL = List.of(
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

    private Methods() {
    }

    public static List<SmoothingMethod> all() {
        return ALL;
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
