package au.chim.digest;

import au.chim.register.Issue;

/** An issue on one recipient's list, with the routing reason shown as "why you get this". */
public record RoutedIssue(Issue issue, String reason) {
}
