package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /** Vectors from the OWASP XSS filter evasion cheat sheet and the usual mutation tricks. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
            "<a href=\" &#14;  javascript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"a\">",
            "<img src=x onerror=alert(1) alt=\"a\">",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
            "<svg/onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<BODY ONLOAD=alert('XSS')>",
            "<iframe src=\"https://evil.example/embed/abcdefgh\"></iframe>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<iframe src=\"https://www.youtube.com.evil.example/embed/abcdefgh\"></iframe>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<style>@import 'http://evil.example/x.css';</style>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<div style=\"width: expression(alert('XSS'));\">x</div>",
            "<object type=\"text/x-scriptlet\" data=\"http://evil.example/x.html\"></object>",
            "<embed src=\"http://evil.example/x.swf\">",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
            "<p class=\"x\" id=\"y\" data-x=\"1\">x</p>",
            "<figure class=\"image evil\" onmouseover=\"alert(1)\"><img src=\"/a.jpg\" alt=\"a\"></figure>",
            "<!--<img src=x onerror=alert(1)>-->",
            "<![CDATA[<img src=x onerror=alert(1)>]]>"})
    void hostileInputLeavesNothingExecutable(String hostile) {
        String clean = BodySanitizer.clean(hostile);
        Document page = Jsoup.parseBodyFragment(clean);
        assertThat(page.select("script, style, object, embed, form, base, meta, svg, math, noscript")).isEmpty();
        for (Element element : page.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(clean).doesNotStartWithIgnoringCase("on")
                        .isNotIn("style", "id", "srcdoc", "background", "data-x");
                if (attribute.getKey().equals("class")) {
                    assertThat(attribute.getValue()).isEqualTo("image");
                }
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase();
                assertThat(value).as(clean).doesNotContain("javascript:").doesNotContain("vbscript:")
                        .doesNotStartWith("data:");
            }
        }
        assertThat(page.select("iframe")).isEmpty();
    }

    @Test
    void aYouTubeVideoIsKeptWithoutCookiesAndWithNothingElse() {
        String clean = BodySanitizer.clean("<p>Xem video:</p><iframe width=\"900\" height=\"500\""
                + " src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?start=42&autoplay=1\" frameborder=\"0\""
                + " allow=\"autoplay\" onload=\"alert(1)\" title=\"Lễ kỷ niệm\">fallback</iframe>");
        assertThat(clean).isEqualTo("<p>Xem video:</p><iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
                + "?start=42\" title=\"Lễ kỷ niệm\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\""
                + " allowfullscreen width=\"560\" height=\"315\"></iframe>");
        assertThat(BodySanitizer.clean("<iframe src=\"https://youtube-nocookie.com/embed/abcdefghijk\"></iframe>"))
                .contains("src=\"https://www.youtube-nocookie.com/embed/abcdefghijk\"").contains("title=\"Video YouTube\"");
        assertThat(BodySanitizer.clean("<iframe src=\"http://www.youtube.com/embed/abcdefghijk\"></iframe>")).isEmpty();
        assertThat(BodySanitizer.clean("<iframe src=\"https://www.youtube.com/watch?v=abcdefghijk\"></iframe>"))
                .isEmpty();
    }

    @Test
    void aCaptionedImageFromTheEditorIsKeptAndDescribedByItsCaptionWhenItHasNoAlt() {
        String tinymce = "<figure class=\"image\"><img src=\"/media/2026/05/hoi-nghi.jpg\" width=\"800\""
                + " height=\"450\"><figcaption>Các đại biểu dự hội nghị</figcaption></figure>";
        assertThat(BodySanitizer.clean(tinymce)).isEqualTo("<figure class=\"image\"><img"
                + " src=\"/media/2026/05/hoi-nghi.jpg\" width=\"800\" height=\"450\" alt=\"Các đại biểu dự hội nghị\">"
                + "<figcaption>Các đại biểu dự hội nghị</figcaption></figure>");
        assertThat(BodySanitizer.imagesWithoutAlt(BodySanitizer.clean("<p><img src=\"/media/a.jpg\"></p>")))
                .containsExactly("/media/a.jpg");
        assertThat(BodySanitizer.imagesWithoutAlt(BodySanitizer.clean(tinymce))).isEmpty();
    }

    /** A paragraph, a heading and a list as Word 2016 puts them on the clipboard (Vietnamese document). */
    static final String WORD_2016 = """
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
            xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
            <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
            <meta name=Generator content="Microsoft Word 15 (filtered)">
            <!--[if gte mso 9]><xml>
             <o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>
            </xml><![endif]-->
            <style>
            <!--
             /* Style Definitions */
             p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:13.0pt; font-family:"Times New Roman",serif;}
            -->
            </style>
            </head>
            <body lang=EN-US style='tab-interval:36.0pt'>
            <!--StartFragment-->
            <h1 style='mso-margin-top-alt:auto'><span lang=VI style='mso-ansi-language:VI'>Hội nghị Ban Chấp hành
            Đảng bộ Khối<o:p></o:p></span></h1>
            <p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><span lang=VI style='font-size:13.0pt;
            mso-bidi-font-size:12.0pt;line-height:115%;font-family:"Times New Roman",serif;mso-ansi-language:VI'>Sáng
            ngày 17/3/2021, đồng chí <b style='mso-bidi-font-weight:normal'>Nguyễn Văn Ánh</b>&nbsp;&nbsp;&nbsp;chủ
            trì hội nghị; tổng số 10&nbsp;000 đảng viên.<o:p></o:p></span></p>
            <p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
            lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
            style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
            lang=VI>Quán triệt Nghị quyết số 05-NQ/TU<o:p></o:p></span></p>
            <!--[if supportFields]><span style='mso-element:field-begin'></span><![endif]-->
            <p class=MsoNormal><i><span lang=VI>Ảnh: Ngọc Ánh</span></i><o:p></o:p></p>
            <!--EndFragment-->
            </body>
            </html>
            """;

    @Test
    void wordMarkupGoesAndTheVietnameseTextStaysIntact() {
        String clean = BodySanitizer.clean(WORD_2016);
        assertThat(clean).doesNotContain("mso").doesNotContain("Mso").doesNotContain("o:p").doesNotContain("lang")
                .doesNotContain("<span").doesNotContain("[if").doesNotContain("·").doesNotContain("style")
                .doesNotContain("&nbsp;&nbsp;").doesNotContain("OfficeDocumentSettings");
        Document page = Jsoup.parseBodyFragment(clean);
        assertThat(page.select("h2").text()).isEqualTo("Hội nghị Ban Chấp hành Đảng bộ Khối");
        assertThat(page.select("p").eachText()).containsExactly(
                "Sáng ngày 17/3/2021, đồng chí Nguyễn Văn Ánh chủ trì hội nghị; tổng số 10 000 đảng viên.",
                "Quán triệt Nghị quyết số 05-NQ/TU",
                "Ảnh: Ngọc Ánh");
        assertThat(page.select("p b").text()).isEqualTo("Nguyễn Văn Ánh");
        assertThat(clean).as("one non-breaking space between two words stays").contains("10&nbsp;000")
                .contains("Ánh</b> chủ");
        assertThat(page.select("p i").text()).isEqualTo("Ảnh: Ngọc Ánh");
    }

    @Test
    void emptyBodiesBecomeEmpty() {
        assertThat(BodySanitizer.clean(null)).isEmpty();
        assertThat(BodySanitizer.clean("  ")).isEmpty();
    }
}
