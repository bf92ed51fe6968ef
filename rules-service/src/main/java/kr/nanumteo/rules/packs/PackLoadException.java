package kr.nanumteo.rules.packs;

import java.util.List;

/** A pack that cannot be used: each problem names the file (and line, where the compiler gives one). */
public class PackLoadException extends RuntimeException {

    private final List<String> problems;

    public PackLoadException(String origin, List<String> problems) {
        super("rule pack " + origin + " was refused:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
