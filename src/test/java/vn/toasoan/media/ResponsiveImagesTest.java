package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.account.Actor;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.WebClient;

/**
 * Public pages offer the smaller copies of our images: covers, cards and figures in bodies, over HTTP on the demo
 * content (whose pictures are 800 × 450, so they have one copy, 480 pixels wide).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class ResponsiveImagesTest {

    private static final Actor STAFF = Actor.system();

    private static final String COPY_AND_ORIGINAL = "/media/\\d{4}/\\d{2}/%1$s-[0-9a-f]{12}-480\\.jpg 480w,"
            + " /media/\\d{4}/\\d{2}/%1$s-[0-9a-f]{12}\\.jpg 800w";

    @LocalServerPort
    int port;

    @Autowired
    ResponsiveImages images;

    @Autowired
    MediaUploads uploads;

    @Test
    void theHomePageOffersCopiesOfCoversForTheWidthTheyAreShownAt() {
        Document home = new WebClient(port).page("/");
        Element lead = home.selectFirst(".lead-story img");
        assertThat(lead.attr("srcset")).matches(COPY_AND_ORIGINAL.formatted("hoi-nghi-to-soan-thao"));
        assertThat(lead.attr("src")).isEqualTo(lead.attr("srcset").split(", ")[1].split(" ")[0]);
        assertThat(lead.attr("sizes")).isEqualTo("(max-width: 900px) 100vw, 690px");
        assertThat(lead.attr("width")).isEqualTo("800");
        assertThat(lead.attr("height")).isEqualTo("450");
        assertThat(lead.attr("alt")).isEqualTo("Các đại biểu dự hội nghị tổ soạn thảo nghị quyết");

        List<Element> listed = home.select(".news-list .card-image img");
        assertThat(listed).isNotEmpty().allSatisfy(img -> {
            assertThat(img.attr("srcset")).matches(COPY_AND_ORIGINAL.formatted("[a-z-]+"));
            assertThat(img.attr("sizes")).isEqualTo("(max-width: 560px) 110px, 180px");
        });
        assertThat(home.select(".grid-list .card-image img")).isNotEmpty().allSatisfy(img -> assertThat(
                img.attr("sizes")).isEqualTo("(max-width: 560px) 100vw, (max-width: 900px) 50vw, 270px"));
    }

    @Test
    void theFigureInAnArticleBodyOffersItsCopyAndTheCopyIsServed() {
        WebClient web = new WebClient(port);
        String url = new WebClient(port).page("/").selectFirst(".lead-title a").attr("href");
        Element figure = web.page(url).selectFirst(".article-body figure img");
        assertThat(figure.attr("srcset")).matches(COPY_AND_ORIGINAL.formatted("hoi-nghi-to-soan-thao"));
        assertThat(figure.attr("sizes")).isEqualTo(ResponsiveImages.BODY_SIZES);
        assertThat(figure.attr("alt")).isEqualTo("Các đại biểu dự hội nghị tổ soạn thảo nghị quyết");

        String copy = figure.attr("srcset").split(" ")[0];
        HttpResponse<byte[]> response = web.getBytes(copy);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        assertThat(TestImages.read(response.body()).getWidth()).isEqualTo(480);
        assertThat(TestImages.read(response.body()).getHeight()).isEqualTo(270);
    }

    @Test
    void bodiesGetSrcsetOnlyOnImagesOfTheLibraryThatHaveCopies() {
        MediaItem wide = uploads.upload(STAFF, new MediaUpload("rong.jpg", null, TestImages.jpeg(2000, 1000),
                "Ảnh rộng", null, null));
        MediaItem narrow = uploads.upload(STAFF, new MediaUpload("hep.jpg", null, TestImages.jpeg(300, 200), "Ảnh hẹp",
                null, null));
        String body = "<p>Mở đầu</p><figure><img src=\"" + wide.url() + "\" alt=\"Rộng\"><figcaption>Chú thích"
                + "</figcaption></figure><p><img src=\"" + wide.url() + "\" alt=\"Nhỏ\" width=\"300\" height=\"150\">"
                + "<img src=\"" + narrow.url() + "\" alt=\"Hẹp\"><img src=\"https://example.org/a.jpg\" alt=\"Ngoài\">"
                + "<img src=\"/media/../../etc/passwd\" alt=\"\"></p>";

        Document html = org.jsoup.Jsoup.parseBodyFragment(images.addSrcsetsToBody(body));

        List<Element> img = html.select("img");
        assertThat(img.get(0).attr("srcset")).isEqualTo(wide.srcset());
        assertThat(img.get(0).attr("sizes")).isEqualTo("(max-width: 900px) 100vw, 760px");
        assertThat(img.get(0).attr("width")).isEqualTo("2000");
        assertThat(img.get(0).attr("height")).isEqualTo("1000");
        assertThat(img.get(1).attr("srcset")).isEqualTo(wide.srcset());
        assertThat(img.get(1).attr("sizes")).isEqualTo("300px");
        assertThat(img.get(1).attr("width")).isEqualTo("300");
        for (Element untouched : img.subList(2, 5)) {
            assertThat(untouched.hasAttr("srcset")).isFalse();
            assertThat(untouched.hasAttr("sizes")).isFalse();
        }
        assertThat(html.select("figcaption").text()).isEqualTo("Chú thích");

        String noLibraryImage = "<p><img src=\"/media/2020/01/khong-co-0123456789ab.jpg\" alt=\"x\"></p>";
        assertThat(images.addSrcsetsToBody(noLibraryImage)).isSameAs(noLibraryImage);
        assertThat(images.addSrcsetsToBody(null)).isNull();
    }

    @Test
    void listsOfCoversAreCompletedInOrderNullsKept() {
        MediaItem wide = uploads.upload(STAFF, new MediaUpload("bia.jpg", null, TestImages.jpeg(1000, 500), "Bìa", null,
                null));
        MediaRef plain = new MediaRef(wide.url(), "Bìa", 1000, 500);
        MediaRef elsewhere = new MediaRef("https://example.org/a.jpg", "Ngoài", 10, 10);
        List<MediaRef> completed = images.addSrcsets(Arrays.asList(plain, null, elsewhere));
        assertThat(completed).containsExactly(plain.withSrcset(wide.srcset()), null, elsewhere);
    }
}
