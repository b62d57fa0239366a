package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.testsupport.Browser;
import vn.toasoan.testsupport.FixedClockConfiguration;

/**
 * The newsroom's two small scripts in headless Chromium, under the newsroom's CSP: the search index page follows a
 * rebuild live and reloads when it ends; the document form reads the symbol as it is typed. Screenshots of the
 * dashboard, the index page and the document form go with the test report.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=newsroom-scripts-browser-test", "toasoan.account.admin-password=quan-tri-trinh-duyet"})
@Import({FixedClockConfiguration.class, SearchIndexAdminTest.GatedSource.class})
class NewsroomScriptsInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchIndexAdminTest.Gate gate;

    ChromeDriver browser;

    @AfterEach
    void close() {
        gate.open();
        if (browser != null) {
            browser.quit();
        }
    }

    private void logIn() {
        index.rebuild().join();
        browser = Browser.start(1280, 1000);
        browser.get(url("/quan-tri/dang-nhap"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys("quan-tri-trinh-duyet");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/quan-tri"));
    }

    @Test
    void theIndexPageFollowsARebuildLiveAndShowsTheEnd() {
        logIn();
        Browser.screenshot(browser, "newsroom-dashboard-1280");
        browser.get(url("/quan-tri/chi-muc"));
        gate.close();
        browser.findElement(By.cssSelector("form[action='/quan-tri/chi-muc/xay-dung-lai'] button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.cssSelector(".nr-index-status")).getText().equals("Đang xây dựng lại"));
        Browser.screenshot(browser, "newsroom-search-index-running");
        gate.open();
        // The script sees the end on its next poll and reloads the page: no meta refresh with scripting on.
        wait.until(d -> d.findElement(By.cssSelector(".nr-index-status")).getText().equals("Sẵn sàng"));
        assertThat(browser.findElement(By.id("tien-do-chu")).getText()).endsWith("(100 %)");
        Browser.screenshot(browser, "newsroom-search-index-done");
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void theDocumentFormReadsTheSymbolWhileItIsTyped() {
        logIn();
        browser.get(url("/quan-tri/van-ban/moi"));
        WebElement symbol = browser.findElement(By.id("symbol"));
        symbol.sendKeys("42/2022/nđ-cp");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.cssSelector(".nr-reading-issuer")).getText().equals("CP"));
        assertThat(browser.findElement(By.cssSelector(".nr-reading-type")).getText()).isEqualTo("NĐ (Nghị định)");
        assertThat(browser.findElement(By.cssSelector(".nr-reading-year")).getText()).isEqualTo("2022");
        assertThat(browser.findElement(By.cssSelector(".nr-reading-unknown")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "newsroom-document-form");
        symbol.clear();
        symbol.sendKeys("không phải ký hiệu");
        wait.until(d -> d.findElement(By.cssSelector(".nr-reading-unknown")).isDisplayed());
        assertThat(severeConsoleMessages()).isEmpty();
    }

    private java.util.List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
