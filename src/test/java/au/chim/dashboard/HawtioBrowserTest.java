package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.HawtioBrowser;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An operator logs in to Hawtio in a real (headless) Chromium and sees the monitor's Camel routes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HawtioBrowserTest {
    private MonitorUnderTest monitor;
    private HawtioBrowser browser;

    @BeforeAll
    void start(@TempDir Path work) throws Exception {
        monitor = new MonitorUnderTest(Map.of("monitor.dashboard.demo", "true", "monitor.demo.enabled", "true", "monitor.dashboard.demo-password",
                "demo-pw", "monitor.dashboard.users-file", work.resolve("none.properties").toString()),
                work.resolve("hawtio"));
        browser = new HawtioBrowser(monitor.hawtioUrl(), work.resolve("chrome-profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void operatorLogsInAndSeesTheCamelRoutes() throws Exception {
        browser.logIn("admin", "demo-pw");
        browser.showRoutes("tick", "api-ping");
        browser.screenshot("hawtio-routes.png");
        assertTrue(browser.driver().getPageSource().contains("Started"), "the routes table shows their state");
    }

    @Test
    void viewerSeesTheRoutesButCannotStopOne() throws Exception {
        browser.logIn("viewer", "demo-pw");
        browser.showRoutes("tick", "api-ping");
        browser.screenshot("hawtio-viewer-routes.png");
        WebDriverWait wait = browser.await();
        browser.driver().findElement(By.xpath("//tr[.//*[normalize-space(text())='tick']]//input[@type='checkbox']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Stop']"))).click();
        // Hawtio shows its error toast once the (refused) Jolokia call has come back.
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), \"Couldn't stop the route\")]")));
        assertEquals(ServiceStatus.Started, monitor.camel().getRouteController().getRouteStatus("tick"));
        browser.screenshot("hawtio-viewer-stop-refused.png");
    }
}
