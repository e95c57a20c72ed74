package au.chim.routing;

import au.chim.finding.Category;
import java.util.List;
import java.util.Set;

/**
 * While an issue with one of {@code sourceCodes} is open, open issues matching the target (by code or by
 * category) are folded under it instead of being alerted one by one. With {@code equal}, only targets
 * sharing those context values with the source (e.g. the same businessUnit) are folded.
 */
public record InhibitRule(String path, Set<String> sourceCodes, Set<String> targetCodes,
                          Set<Category> targetCategories, List<String> equal) {
    public InhibitRule {
        sourceCodes = Set.copyOf(sourceCodes);
        targetCodes = Set.copyOf(targetCodes);
        targetCategories = Set.copyOf(targetCategories);
        equal = List.copyOf(equal);
    }
}
