package au.chim.notify.render;

import au.chim.routing.Recipient;
import java.util.List;

/** Where an item's links point: the Hawtio work view of the issue, and the signed actions its recipient may take. */
public interface ItemLinks {
    /** The issue in the Hawtio work view: {@code <monitor.links.base-url>/hawtio/integration-issues/<id>}. */
    String item(long issueId);

    /** Signed one-use links for this recipient, or none (digest, support request, links switched off). */
    List<ActionLink> actions(long issueId, Recipient to);

    /** Only the work-view link, e.g. in tests of the wording or where action links are off. */
    static ItemLinks workView(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new ItemLinks() {
            @Override
            public String item(long issueId) {
                return base + "/hawtio/integration-issues/" + issueId;
            }

            @Override
            public List<ActionLink> actions(long issueId, Recipient to) {
                return List.of();
            }
        };
    }
}
