package au.chim.routing;

import java.util.List;

/**
 * One node of the routing tree (alertmanager style): the root takes whatever no child matches; the first
 * matching child wins unless it says {@code continue: true}; a node without parties inherits its parent's.
 *
 * @param path     where the rule sits in the file, e.g. {@code routes[2].routes[0]}; "root" for the fallback
 * @param name     the rule as the recipient reads it ("You handle PO integration errors for QLD Housing"); null if unnamed
 * @param parties  party ids this node sends to (already inherited from the parent when empty in the file)
 */
public record RouteNode(String path, String name, RouteMatcher match, List<String> parties, boolean continueMatching,
                        List<RouteNode> children) {
    public RouteNode {
        // blank counts as none, so the email falls back to the rule's conditions rather than an empty line
        name = name == null || name.isBlank() ? null : au.chim.finding.Text.oneLine(name, 200);
        parties = List.copyOf(parties);
        children = List.copyOf(children);
    }
}
