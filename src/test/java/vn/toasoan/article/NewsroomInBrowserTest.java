package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.Browser;
import vn.toasoan.testsupport.FixedClockConfiguration;

/**
 * The editorial day in headless Chromium: an author writes an article in TinyMCE with a captioned image from the
 * library and submits it; an editor returns it once with a reason; the author fixes and resubmits; the editor
 * publishes; an anonymous reader finds it on the home page. Screenshots of each key screen are kept next to the
 * test reports ({@link Browser#SCREENSHOTS}, names starting with "newsroom-").
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=newsroom-in-browser-test"})
@Import(FixedClockConfiguration.class)
class NewsroomInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleRepository articles;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAuthorWritesAnEditorReturnsThenPublishesAndReadersSeeIt() {
        ArticleStaff.Account author = ArticleStaff.create(accounts, "pv-trinh-duyet", "Nguyễn Thị Ánh", "Ngọc Ánh",
                Role.AUTHOR);
        ArticleStaff.Account editor = ArticleStaff.create(accounts, "btv-trinh-duyet", "Lê Thu Hà", "Thu Hà",
                Role.EDITOR);
        ImageChoice image = articles.recentImages(1).get(0);
        String title = "Hội nghị sơ kết công tác quý I " + UUID.randomUUID().toString().substring(0, 4);
        browser = Browser.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        // The author writes in TinyMCE.
        logIn(author);
        browser.get(url("/quan-tri/bai-viet/moi"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.nr-editor-ready")));
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("sapo")).sendKeys("Sáng 7/5, Đảng ủy Khối tổ chức hội nghị sơ kết.");
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        browser.switchTo().frame(browser.findElement(By.cssSelector(".tox-edit-area iframe")));
        browser.findElement(By.tagName("body")).click();
        browser.findElement(By.tagName("body")).sendKeys("Đồng chí Bí thư chủ trì hội nghị, các đại biểu thảo luận.");
        browser.switchTo().defaultContent();
        insertImage(wait, image.value(), "Các đại biểu dự hội nghị");
        browser.executeScript("window.scrollTo(0, 0);");
        Browser.screenshot(browser, "newsroom-1-editor-author");
        browser.findElement(By.cssSelector("button[name=hanh-dong][value=gui]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".nr-notice"), "Đã tạo bài và gửi duyệt."));
        long id = Long.parseLong(browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1));
        Article submitted = articles.findById(id).orElseThrow();
        assertThat(submitted.bodyHtml()).contains("<figure class=\"image\"><img src=\"" + image.value() + "\"")
                .contains("<figcaption>Các đại biểu dự hội nghị</figcaption>");
        logOut();

        // The editor finds it in the review queue and returns it once.
        logIn(editor);
        browser.get(url("/quan-tri/bai-viet?trang-thai=SUBMITTED"));
        Browser.screenshot(browser, "newsroom-2-review-queue");
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.nr-editor-ready")));
        browser.findElement(By.id("reason")).sendKeys("Sa-pô cần nêu rõ thời gian và địa điểm.");
        browser.findElement(By.cssSelector("button[name=hanh-dong][value=tra-lai]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".nr-notice"), "Đã trả lại bài cho phóng viên."));
        logOut();

        // The author reads the reason, fixes the sapo and submits again.
        logIn(author);
        browser.get(url("/quan-tri/bai-viet/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.nr-editor-ready")));
        assertThat(browser.findElement(By.cssSelector(".nr-returned")).getText())
                .contains("Sa-pô cần nêu rõ thời gian và địa điểm.");
        Browser.screenshot(browser, "newsroom-3-returned-to-author");
        WebElement sapo = browser.findElement(By.id("sapo"));
        sapo.clear();
        sapo.sendKeys("Sáng 7/5/2026, tại Hội trường tỉnh, Đảng ủy Khối tổ chức hội nghị sơ kết quý I.");
        browser.findElement(By.cssSelector("button[name=hanh-dong][value=gui]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".nr-notice"), "Đã gửi duyệt."));
        logOut();

        // The editor publishes.
        logIn(editor);
        browser.get(url("/quan-tri/bai-viet/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.nr-editor-ready")));
        browser.findElement(By.cssSelector("button[name=hanh-dong][value=dang]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".nr-notice"), "Đã đăng bài."));
        browser.get(url("/quan-tri/bai-viet"));
        Browser.screenshot(browser, "newsroom-4-list-after-publishing");
        logOut();

        // An anonymous reader finds it on the home page.
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        List<WebElement> links = browser.findElements(By.linkText(title));
        assertThat(links).isNotEmpty();
        links.get(0).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".article-sapo")).getText()).contains("Hội trường tỉnh");
        WebElement caption = browser.findElement(By.cssSelector(".article-body figure figcaption"));
        assertThat(caption.getText()).isEqualTo("Các đại biểu dự hội nghị");
        Boolean loaded = (Boolean) browser.executeScript(
                "const i = document.querySelector('.article-body figure img'); return i.complete && i.naturalWidth > 0;");
        assertThat(loaded).isTrue();
        assertThat(browser.findElement(By.cssSelector(".article-body figure img")).getAttribute("alt"))
                .isEqualTo("Các đại biểu dự hội nghị");
        assertThat(browser.findElement(By.cssSelector(".byline")).getText()).isEqualTo("Ngọc Ánh");
        Browser.screenshot(browser, "newsroom-5-published-article");
    }

    /** Through TinyMCE's own image dialog: address, text alternative, "show caption", then the caption's text. */
    private void insertImage(WebDriverWait wait, String src, String caption) {
        browser.findElement(By.cssSelector("button[aria-label='Chèn/sửa ảnh']")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-dialog")));
        fieldLabelled(dialog, "Nguồn").sendKeys(src);
        fieldLabelled(dialog, "Mô tả thay thế").sendKeys(caption);
        dialog.findElement(By.xpath(".//label[contains(@class, 'tox-checkbox')][contains(., 'Hiện tiêu đề')]"))
                .click();
        Browser.screenshot(browser, "newsroom-0-image-dialog");
        dialog.findElement(By.xpath(".//div[contains(@class, 'tox-dialog__footer')]//button[.='Lưu']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
        browser.switchTo().frame(browser.findElement(By.cssSelector(".tox-edit-area iframe")));
        ((JavascriptExecutor) browser).executeScript("""
                const caption = document.querySelector('figcaption');
                const range = document.createRange();
                range.selectNodeContents(caption);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);""");
        browser.switchTo().activeElement().sendKeys(caption);
        browser.switchTo().defaultContent();
    }

    private static WebElement fieldLabelled(WebElement dialog, String label) {
        WebElement element = dialog.findElement(By.xpath(".//label[starts-with(normalize-space(.), '" + label + "')]"));
        return dialog.findElement(By.id(element.getAttribute("for")));
    }

    private void logIn(ArticleStaff.Account account) {
        browser.get(url("/quan-tri/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(ArticleStaff.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(url("/quan-tri")));
    }

    private void logOut() {
        browser.findElement(By.cssSelector(".nr-user form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("da-dang-xuat"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
