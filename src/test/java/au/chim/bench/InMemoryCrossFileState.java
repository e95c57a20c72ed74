package au.chim.bench;

import au.chim.detect.dropfolder.CrossFileState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Cross-file memory in a HashMap: what validation costs without the store's round trips. */
final class InMemoryCrossFileState implements CrossFileState {
    private final Map<String, String> memory = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(memory.get(key));
    }

    @Override
    public void put(String key, String value) {
        memory.put(key, value);
    }
}
