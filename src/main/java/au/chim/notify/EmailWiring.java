package au.chim.notify;

import au.chim.config.Settings;
import au.chim.notify.render.EvidenceFields;
import au.chim.notify.render.ItemLinks;
import au.chim.notify.render.ItemStyle;
import au.chim.notify.render.TemplateLoader;
import au.chim.notify.render.TimeText;

/** Reads the settings that shape what an email item shows: evidence labels, ClickHome's zone, where links point. */
public final class EmailWiring {
    private EmailWiring() {
    }

    public static ItemStyle itemStyle(Settings s, TemplateLoader templates) {
        return new ItemStyle(EvidenceFields.load(templates.folder(), s.integer("monitor.alerts.evidence-fields", 6, 0)),
                new TimeText(s.zone("monitor.clickhome.time-zone", s.string("monitor.time-zone", "Australia/Sydney"))),
                ItemLinks.workView(linkBase(s)));
    }

    /** monitor.links.base-url, else the dashboard's own address (right for a reader on the same network). */
    public static String linkBase(Settings s) {
        return s.string("monitor.links.base-url", "http://" + s.string("monitor.dashboard.host", "127.0.0.1") + ":"
                + s.integer("monitor.dashboard.port", 8090, 1));
    }
}
