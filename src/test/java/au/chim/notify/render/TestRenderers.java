package au.chim.notify.render;

import au.chim.routing.TestIssues;
import java.time.ZoneId;

/** The renderer as the monitor builds it from the shipped config/templates, for tests. */
public final class TestRenderers {
    public static final String LINK_BASE = "https://monitor.builder.example";
    public static final ZoneId CLICKHOME_ZONE = ZoneId.of("Australia/Sydney");

    private TestRenderers() {
    }

    public static ItemStyle style(ItemLinks links) {
        TemplateLoader loader = new TemplateLoader(TestIssues.CONFIG);
        return new ItemStyle(EvidenceFields.load(loader.folder(), 6), new TimeText(CLICKHOME_ZONE), links);
    }

    public static EmailRenderer shipped(RenderSettings settings) {
        return shipped(settings, ItemLinks.workView(LINK_BASE));
    }

    public static EmailRenderer shipped(RenderSettings settings, ItemLinks links) {
        return new EmailRenderer(new TemplateLoader(TestIssues.CONFIG), settings, style(links));
    }
}
