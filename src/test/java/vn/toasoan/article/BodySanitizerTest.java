package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodySanitizerTest {

    @Test
    void keepsTheStructureOfAnArticleWithAFigure() {
        String body = "<p>Căn cứ <strong>kế hoạch</strong> số 14-KH/ĐU</p><figure><img src=\"/media/2021/03/a.jpg\""
                + " alt=\"Các đại biểu\" width=\"800\" height=\"450\"><figcaption>Các đại biểu dự hội nghị</figcaption>"
                + "</figure><h2>Kết luận</h2><ul><li>một</li></ul><table><tbody><tr><td colspan=\"2\">ô</td></tr>"
                + "</tbody></table><p><a href=\"https://example.vn/x\">liên kết</a></p>";
        assertThat(BodySanitizer.clean(body)).isEqualTo(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script><p>ok</p>",
            "<p onclick=\"alert(1)\">ok</p>",
            "<p style=\"background:url(javascript:alert(1))\">ok</p>",
            "<iframe src=\"https://evil.example\"></iframe><p>ok</p>",
            "<p>ok</p><img src=\"javascript:alert(1)\">",
            "<p>ok<a href=\"javascript:alert(1)\"></a></p>",
            "<svg onload=alert(1)></svg><p>ok</p>",
            "<style>body{display:none}</style><p>ok</p>",
            "<object data=\"x.swf\"></object><p>ok</p>"})
    void removesEverythingExecutable(String hostile) {
        String clean = BodySanitizer.clean(hostile);
        assertThat(clean).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("style").doesNotContainIgnoringCase("iframe")
                .doesNotContainIgnoringCase("object").contains("ok");
    }

    @Test
    void emptyBodiesBecomeEmpty() {
        assertThat(BodySanitizer.clean(null)).isEmpty();
        assertThat(BodySanitizer.clean("  ")).isEmpty();
    }
}
