package au.chim.bench;

import au.chim.notify.render.AlertSizeTest;
import au.chim.notify.render.RenderedEmail;
import org.junit.jupiter.api.Test;

/**
 * Sizes of an alert of 50 items at the register's longest texts, as shipped (20 listed in full with evidence, the
 * worst 10 with signed action links, the rest behind the work view and the CSV). Prints; run with
 * {@code ./mvnw -Pbenchmark test -Dtest=AlertSizeBenchmark}.
 */
class AlertSizeBenchmark {
    @Test
    void printsTheSizesOfAFiftyItemAlert() {
        RenderedEmail e = AlertSizeTest.fiftyItemAlert(AlertSizeTest.renderer());
        int text = AlertSizeTest.bytes(e.text());
        int html = AlertSizeTest.bytes(e.html());
        System.out.printf("AlertSizeBenchmark: 50-item alert: text %,d bytes (%d lines), html %,d bytes, html + text %,d bytes "
                        + "(limit %,d); CSV attachment %,d bytes; subject %d chars%n", text, e.text().split("\n").length, html,
                text + html, AlertSizeTest.LIMIT_BYTES, AlertSizeTest.bytes(e.attachment().content()), e.subject().length());
    }
}
