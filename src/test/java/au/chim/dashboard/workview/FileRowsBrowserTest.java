package au.chim.dashboard.workview;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.dashboard.HawtioServer;
import au.chim.detect.dropfolder.DropTestSupport;
import au.chim.testsupport.Ceiling;
import au.chim.testsupport.HawtioBrowser;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A clerk (read-only login) opens the issue of a drop file read with bad rows in Debian's headless Chromium: the page
 * lists the file's row issues, and a row issue's page links back to the file.
 */
class FileRowsBrowserTest {
    private static final String NAME = "PO_DATABUILD_20240304101500.csv";

    @TempDir
    Path dir;

    @Test
    void theFileIssuePageListsItsRowIssuesAndEachRowLinksBackToTheFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(DashboardWithPoFolder.settings(mail, dir, in))) {
            monitor.clickhome().execute((java.sql.Statement st) -> {
                DropTestSupport.seed(st);
                return null;
            });
            Files.writeString(in.resolve(NAME), DropTestSupport.PO_TWO_BAD_GST_ROWS, StandardCharsets.UTF_8);
            String fileFp = "DROP_FILE_ROW_ERRORS|drop-file:PO/" + NAME;
            await().atMost(Ceiling.forRuns(java.time.Duration.ofMillis(500), 4)).until(() -> monitor.status(fileFp) != null);
            long fileIssue = ((Number) monitor.issue(fileFp).get("id")).longValue();
            List<String> rowSummaries = monitor.store().queryForList("SELECT summary FROM monitor_issue WHERE code = 'PO_GST_MISMATCH' "
                    + "ORDER BY id", String.class);
            assertEquals(2, rowSummaries.size());

            String hawtio = monitor.context().hasService(HawtioServer.class).url();
            try (HawtioBrowser browser = new HawtioBrowser(hawtio, dir.resolve("chrome-profile"))) {
                browser.logIn("viewer", TestMonitor.PASSWORD);
                browser.open("/integration-issues/" + fileIssue);
                WebElement rows = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ii-file-rows")));
                for (String summary : rowSummaries) {
                    assertTrue(rows.getText().contains(summary), "the file lists its row issue " + summary + ": " + rows.getText());
                }
                assertEquals("2 row issues from this file, 2 still open.", browser.driver().findElement(By.id("ii-file-rows-headline")).getText());

                rows.findElement(By.linkText(rowSummaries.get(0))).click();
                WebElement from = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ii-source-file")));
                assertTrue(from.getText().contains("From drop file " + NAME), from.getText());
                from.findElement(By.tagName("a")).click();
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ii-issue-title"), NAME + " was read with 2 of 3 rows"));
            }
        }
    }
}
