package au.chim.observe;

import java.util.Optional;

/** One thing the monitor depends on, looked at cheaply: empty when fine, else why not (one line, for an operator). */
@FunctionalInterface
public interface Probe {
    Optional<String> problem();
}
