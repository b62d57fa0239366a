package vn.toasoan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlValidatorTest {

    private static final String VALID = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tin tức - Tòa Soạn</title>
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
            <header><nav aria-label="Chính"><a href="/">Trang chủ</a></nav></header>
            <main>
            <article>
            <h1>Hội nghị Ban Chấp hành Đảng bộ Khối</h1>
            <p><time datetime="2026-11-23T08:00:00+07:00">23/11/2026</time></p>
            <img src="/media/1.jpg" alt="Toàn cảnh hội nghị" width="800" height="450">
            <p>Nội dung bài viết.</p>
            </article>
            </main>
            <footer><p>© Tòa Soạn</p></footer>
            </body>
            </html>
            """;

    @Test
    void validPageHasNoErrors() {
        assertThat(HtmlValidator.get().errors(VALID)).isEmpty();
    }

    @Test
    void unclosedElementIsReportedWithItsLine() {
        // (<div><p>text</div> would be valid: </p> may be omitted; </span> may not.)
        String html = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><title>t</title></head>\n<body>\n"
                + "<div><span>text</div>\n</body>\n</html>\n";
        assertThat(HtmlValidator.get().errors(html)).containsExactly(
                "line 5: End tag \u201Cdiv\u201D seen, but there were open elements.",
                "line 5: Unclosed element \u201Cspan\u201D.");
    }

    @Test
    void missingTitleIsAnError() {
        String html = VALID.replace("<title>Tin tức - Tòa Soạn</title>\n", "");
        assertThat(HtmlValidator.get().errors(html)).containsExactly(
                "line 7: Element \u201Chead\u201D is missing required child element \u201Ctitle\u201D.");
    }

    @Test
    void warningsAreNotErrorsAndTheCheckerIsReusable() {
        // A section without a heading is only a warning.
        String html = VALID.replace("<main>", "<main><section><p>x</p></section>");
        assertThat(HtmlValidator.get().errors(html)).isEmpty();
        assertThat(HtmlValidator.get().errors(VALID.replace("alt=\"Toàn cảnh hội nghị\" ", ""))).hasSize(1);
        assertThat(HtmlValidator.get().errors(VALID)).isEmpty();
    }
}
