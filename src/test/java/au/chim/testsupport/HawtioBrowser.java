package au.chim.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on the monitor's Hawtio, doing what an operator does first: log in and
 * open the Camel routes. Screenshots (and page dumps) go to target/screenshots.
 */
public final class HawtioBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final String hawtio;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    /** Explicit binary and driver paths, so Selenium Manager never looks for (or downloads) a browser. */
    public HawtioBrowser(String hawtioUrl, Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        this.hawtio = hawtioUrl;
        this.browser = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return browser;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Opens a Hawtio page, e.g. "/jmx". */
    public void open(String page) {
        browser.get(hawtio + page);
    }

    /** Logs in through Hawtio's form, starting logged out whatever an earlier test left in the browser. */
    public void logIn(String user, String password) throws IOException {
        open("/auth/logout");
        browser.manage().deleteAllCookies();
        browser.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        open("/");
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pf-login-username-id"))).sendKeys(user);
            browser.findElement(By.id("pf-login-password-id")).sendKeys(password);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (RuntimeException e) {
            screenshot("hawtio-login-failure.png");
            throw e;
        }
    }

    /** Opens Camel's routes table and waits until every route named is listed. */
    public void showRoutes(String... routeIds) throws IOException {
        // Hawtio opens Camel on the contexts page; the routes table is behind the "routes" folder of the tree.
        open("/camel");
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='routes']"))).click();
            for (String routeId : routeIds) {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//table//*[normalize-space(text())='" + routeId + "']")));
            }
        } catch (RuntimeException e) {
            screenshot("hawtio-routes-failure.png");
            throw e;
        }
    }

    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    public void dump(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(SCREENSHOTS.resolve(name), browser.getPageSource());
    }

    @Override
    public void close() {
        browser.quit();
    }
}
