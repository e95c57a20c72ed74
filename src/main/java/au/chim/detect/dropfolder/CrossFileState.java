package au.chim.detect.dropfolder;

import java.util.Optional;

/** What the drop-file checks remember between files (PO content hashes, ApprovalIds, supplier codes seen). */
public interface CrossFileState {
    Optional<String> get(String key);

    void put(String key, String value);

    /** The values of these keys that are stored (absent keys are left out); one round trip where the store allows. */
    default java.util.Map<String, String> getAll(java.util.Collection<String> keys) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        keys.forEach(k -> get(k).ifPresent(v -> out.put(k, v)));
        return out;
    }

    /** Stores every pair; one transaction where the store allows. */
    default void putAll(java.util.Map<String, String> values) {
        values.forEach(this::put);
    }
}
