package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An operator logs in to Hawtio in a real (headless) Chromium and sees the monitor's Camel routes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HawtioBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private MonitorUnderTest monitor;
    private WebDriver browser;

    @BeforeAll
    void start(@TempDir Path work) throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        monitor = new MonitorUnderTest(Map.of("monitor.dashboard.demo", "true", "monitor.dashboard.demo-password",
                "demo-pw", "monitor.dashboard.users-file", work.resolve("none.properties").toString()),
                work.resolve("hawtio"));
        browser = chromium(work.resolve("chrome-profile"));
    }

    /** Explicit binary and driver paths, so Selenium Manager never looks for (or downloads) a browser. */
    private static WebDriver chromium(Path profile) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void operatorLogsInAndSeesTheCamelRoutes() throws Exception {
        WebDriverWait wait = logIn("admin");
        showRoutes(wait, "hawtio-routes.png");
        assertTrue(browser.getPageSource().contains("Started"), "the routes table shows their state");
    }

    @Test
    void viewerSeesTheRoutesButCannotStopOne() throws Exception {
        WebDriverWait wait = logIn("viewer");
        showRoutes(wait, "hawtio-viewer-routes.png");
        browser.findElement(By.xpath("//tr[.//*[normalize-space(text())='tick']]//input[@type='checkbox']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Stop']"))).click();
        // Hawtio shows its error toast once the (refused) Jolokia call has come back.
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), \"Couldn't stop the route\")]")));
        assertEquals(ServiceStatus.Started, monitor.camel().getRouteController().getRouteStatus("tick"));
        screenshot("hawtio-viewer-stop-refused.png");
    }

    private WebDriverWait logIn(String user) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // Start each test logged out, whatever the previous test left in the browser.
        browser.get(monitor.hawtioUrl() + "/auth/logout");
        browser.manage().deleteAllCookies();
        ((ChromeDriver) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.get(monitor.hawtioUrl() + "/");
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pf-login-username-id"))).sendKeys(user);
        } catch (RuntimeException e) {
            screenshot("hawtio-login-failure.png");
            throw e;
        }
        browser.findElement(By.id("pf-login-password-id")).sendKeys("demo-pw");
        screenshot("hawtio-login.png");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        return wait;
    }

    private void showRoutes(WebDriverWait wait, String screenshotName) throws Exception {

        // Hawtio opens Camel on the contexts page; the routes table is behind the "routes" folder of the tree.
        browser.get(monitor.hawtioUrl() + "/camel");
        try {
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[normalize-space(text())='routes']"))).click();
            for (String routeId : List.of("tick", "api-ping")) {
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//table//*[normalize-space(text())='" + routeId + "']")));
            }
        } catch (RuntimeException e) {
            screenshot("hawtio-failure.png"); // what the operator would have seen instead
            throw e;
        }
        screenshot(screenshotName);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
