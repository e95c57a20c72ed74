package au.chim.detect.dropfolder;

import java.util.Optional;

/** What the drop-file checks remember between files (PO content hashes, ApprovalIds, supplier codes seen). */
public interface CrossFileState {
    Optional<String> get(String key);

    void put(String key, String value);
}
