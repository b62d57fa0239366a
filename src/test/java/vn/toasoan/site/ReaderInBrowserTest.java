package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.testsupport.Browser;
import vn.toasoan.testsupport.FixedClockConfiguration;

/** What a reader does with a mouse, a keyboard and a phone, in headless Chromium. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class ReaderInBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void readerOpensTheReferenceArticleAndTheDocumentItCites() {
        browser = Browser.start(1280, 900);
        browser.get(url("/"));
        Browser.screenshot(browser, "home-1280");
        browser.findElement(By.cssSelector(".lead-title a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Hội nghị tổ soạn thảo nghiên cứu");
        assertThat(browser.findElement(By.cssSelector(".article-meta time")).getText()).isEqualTo("Thứ tư, 17/03/2021");
        WebElement caption = browser.findElement(By.cssSelector(".article-body figcaption"));
        assertThat(caption.isDisplayed()).isTrue();
        assertThat(caption.getText()).isEqualTo("Các đại biểu dự hội nghị");
        Boolean imageLoaded = (Boolean) browser.executeScript(
                "const i = document.querySelector('.article-body figure img'); return i.complete && i.naturalWidth > 0;");
        assertThat(imageLoaded).isTrue();
        Browser.screenshot(browser, "article-1280");
        browser.findElement(By.linkText("Kế hoạch số 14-KH/ĐU ngày 26/02/2021")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kế hoạch số 14-KH/ĐU");
    }

    @Test
    void readerFollowsTheMenuToACategoryAndOpensThePrintVersion() {
        browser = Browser.start(1280, 900);
        browser.get(url("/"));
        browser.findElement(By.cssSelector(".main-nav")).findElement(By.linkText("Kinh tế")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kinh tế");
        browser.findElement(By.cssSelector(".news-list .card-title a")).click();
        String title = browser.findElement(By.tagName("h1")).getText();
        browser.findElement(By.linkText("In bài viết")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        WebElement print = browser.findElement(By.cssSelector(".print-button"));
        assertThat(print.isDisplayed()).as("the script reveals the print button").isTrue();
        assertThat(browser.findElements(By.cssSelector(".main-nav"))).isEmpty();
    }

    @Test
    void keyboardUserSkipsStraightToTheContent() {
        browser = Browser.start(1280, 900);
        browser.get(url("/"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Chuyển đến nội dung chính");
        assertThat(focused.isDisplayed()).as("the skip link shows when focused").isTrue();
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("/#noi-dung");
    }

    @Test
    void phoneReaderNeverScrollsSideways() {
        browser = Browser.start(390, 844);
        for (String path : new String[] {"/", "/chuyen-muc/van-hoa-xa-hoi", "/trang/co-cau-to-chuc", "/van-ban"}) {
            browser.get(url(path));
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as(path).isZero();
        }
        browser.get(url("/"));
        Browser.screenshot(browser, "home-390");
        browser.findElement(By.cssSelector(".lead-title a")).click();
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isZero();
        Browser.screenshot(browser, "article-390");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
