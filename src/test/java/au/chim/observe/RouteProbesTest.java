package au.chim.observe;

import au.chim.testsupport.Ceiling;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probes on the monitor's own routes, on a real Camel context. */
class RouteProbesTest {

    @Test
    void aConsumerHeldLongerThanTheThresholdIsStuck() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (CamelContext context = new DefaultCamelContext()) {
            context.getInflightRepository().setInflightBrowseEnabled(true);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:hung?repeatCount=1").routeId("hung-route").process(e -> release.await()).id("wait-for-server");
                }
            });
            context.start();
            try {
                stuckUntilReleased(context);
            } finally {
                release.countDown();
            }
            await().atMost(Ceiling.twoTicks()).until(() -> RouteProbes.noStuckConsumer(context, Duration.ofMillis(200)).problem().isEmpty());
        }
    }

    private static void stuckUntilReleased(CamelContext context) {
        Probe stuck = RouteProbes.noStuckConsumer(context, Duration.ofMillis(200));
        await().atMost(Ceiling.twoTicks()).until(() -> stuck.problem().isPresent());
        String problem = stuck.problem().orElseThrow();
        assertTrue(problem.startsWith("route hung-route has been busy with one exchange for "), problem);
        assertTrue(problem.endsWith("its consumer is stuck at wait-for-server"), problem);
    }

    @Test
    void anEmptyRoutesFolderIsDown(@TempDir Path dir) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Optional<String> problem = RouteProbes.declaredRoutesRun(context, dir).problem();
            assertEquals(Optional.of("no route definitions found in " + dir + "; the monitor detects and sends nothing"), problem);
            Files.writeString(dir.resolve("20-register.camel.yaml"), "- route:\n    id: register\n    from: { uri: direct:register, steps: [ { log: x } ] }\n");
            assertEquals(Optional.of("0 of 1 declared routes run; not running: [register]"), RouteProbes.declaredRoutesRun(context, dir).problem());
        }
    }
}
