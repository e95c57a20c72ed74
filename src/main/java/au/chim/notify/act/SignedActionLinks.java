package au.chim.notify.act;

import au.chim.notify.render.ActionLink;
import au.chim.notify.render.ItemLinks;
import au.chim.routing.Recipient;
import java.util.Arrays;
import java.util.List;

/** Item links with signed actions: {@code <act-base>/act/<token>}, one per action, for this recipient only. */
public final class SignedActionLinks implements ItemLinks {
    private final ItemLinks workView;
    private final ActionSigner signer;
    private final String actBase;

    /** @param actBase where the monitor's API port is reached, e.g. http://monitor.builder.example:8080 */
    public SignedActionLinks(ItemLinks workView, ActionSigner signer, String actBase) {
        this.workView = workView;
        this.signer = signer;
        this.actBase = actBase.endsWith("/") ? actBase.substring(0, actBase.length() - 1) : actBase;
    }

    @Override
    public String item(long issueId) {
        return workView.item(issueId);
    }

    @Override
    public List<ActionLink> actions(long issueId, Recipient to) {
        return Arrays.stream(ActionKind.values())
                .map(k -> new ActionLink(k.linkLabel(), actBase + "/act/" + signer.sign(issueId, k, to.id()))).toList();
    }
}
