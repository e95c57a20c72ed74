package au.chim.notify;

import au.chim.finding.Text;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.List;
import java.util.Map;

/** Minimal alert email used until templates are configured: one line per item plus its evidence and the reason. */
public class PlainAlertRenderer implements AlertRenderer {
    private static final String ITEMS = "{{#items}}* [{{issue.severity}}] {{transition}}: {{issue.summary}}\n"
            + "  {{issue.entityType}} {{issue.entityKey}}\n  Suggested action: {{issue.suggestedAction}}\n"
            + "  Why you get this: {{reason}}\n\n{{/items}}";
    private final Template text = Mustache.compiler().escapeHTML(false).defaultValue("").compile(ITEMS);
    private final Template html = Mustache.compiler().escapeHTML(true).defaultValue("").compile(
            "<ul>{{#items}}<li><b>[{{issue.severity}}] {{transition}}</b>: {{issue.summary}}<br>{{issue.entityType}} {{issue.entityKey}}"
                    + "<br>Suggested action: {{issue.suggestedAction}}<br><i>Why you get this: {{reason}}</i></li>{{/items}}</ul>");

    @Override
    public OutboxMail render(String recipientId, String email, List<AlertItem> items) {
        Map<String, Object> model = Map.of("items", items);
        String subject = items.size() == 1
                ? "[ClickHome monitor] " + items.get(0).transition() + ": " + items.get(0).issue().summary()
                : "[ClickHome monitor] " + items.size() + " integration issues";
        return new OutboxMail("ALERT", null, recipientId, email, Text.oneLine(subject, MailComposer.SUBJECT_MAX),
                text.execute(model), html.execute(model), null, null, null);
    }
}
