package au.chim.dashboard.workview;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.dashboard.HawtioServer;
import au.chim.testsupport.Ceiling;
import au.chim.testsupport.HawtioBrowser;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * IT works a quarantined drop file from the work view's Files tab in Debian's headless Chromium: the file is listed
 * with why it was refused and its issue, and Resubmit asks for the reason the file's history records.
 */
class QuarantinedFilesBrowserTest {
    private static final String NAME = "PO_DATABUILD_20240304101500.csv";

    @TempDir
    Path dir;

    @Test
    void adminResubmitsAQuarantinedFileGivingAReason() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(DashboardWithPoFolder.settings(mail, dir, in))) {
            Files.write(in.resolve(NAME), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 0});
            await().atMost(Ceiling.forRuns(java.time.Duration.ofMillis(500), 4)).until(() -> !monitor.store().queryForList(
                    "SELECT id FROM monitor_rejected_file WHERE file_name = ?", NAME).isEmpty());
            String hawtio = monitor.context().hasService(HawtioServer.class).url();
            try (HawtioBrowser browser = new HawtioBrowser(hawtio, dir.resolve("chrome-profile"))) {
                browser.logIn("admin", TestMonitor.PASSWORD);
                browser.open("/integration-issues/files");
                WebElement row = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//*[@data-testid='files-table']//tr[td[text()='" + NAME + "']]")));
                assertTrue(row.getText().contains("BINARY") || row.getText().toLowerCase().contains("binary"), row.getText());
                row.findElement(By.xpath(".//button[text()='Resubmit']")).click();
                browser.await().until(ExpectedConditions.alertIsPresent()).sendKeys("sender re-exported it");
                browser.driver().switchTo().alert().accept();
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), NAME + " resubmitted"));
            }
            Map<String, Object> file = monitor.store().queryForMap(
                    "SELECT resubmitted_by, resubmit_reason FROM monitor_rejected_file WHERE file_name = ?", NAME);
            assertEquals("admin", file.get("resubmitted_by"));
            assertEquals("sender re-exported it", file.get("resubmit_reason"));
        }
    }
}
