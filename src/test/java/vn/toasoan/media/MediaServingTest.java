package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.account.Actor;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.TestFiles;

/**
 * On one node the files are served from the data directory, at the paths of earlier versions, with the headers
 * browsers cache by; a deleted file is gone. Same context as {@link MediaLibraryPagesTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=newsroom-security-test", "toasoan.account.admin-password=quan-tri-thu-nghiem-1"})
@Import(FixedClockConfiguration.class)
class MediaServingTest {

    @LocalServerPort
    int port;

    @Autowired
    MediaUploads uploads;

    @Autowired
    MediaLibrary library;

    @Autowired
    DataDirectoryProperties dataDirectory;

    @Test
    void aStoredImageIsServedFromTheDataDirectoryWithItsHeadersUntilDeleted() throws IOException {
        MediaItem item = uploads.upload(Actor.system(), new MediaUpload("Hội nghị.jpg", "image/jpeg",
                TestImages.jpeg(600, 400), "Các đại biểu dự hội nghị", null, null));
        String key = item.url().substring("/media/".length());
        byte[] stored = Files.readAllBytes(dataDirectory.media().resolve(key));

        ServedMedia.assertServedJpeg(port, item.url(), stored);
        assertThat(ServedMedia.get(port, "/media/" + key.replace(".jpg", "-480.jpg")).body())
                .isEqualTo(Files.readAllBytes(dataDirectory.media().resolve(key.replace(".jpg", "-480.jpg"))));

        library.delete(Actor.system(), item.id());

        assertThat(dataDirectory.media().resolve(key)).doesNotExist();
        assertThat(ServedMedia.get(port, item.url()).statusCode()).isEqualTo(404);
        assertThat(ServedMedia.get(port, "/media/../application.properties").statusCode()).isIn(400, 404);
    }

    /** Issue 12, finding 8: a PDF or Office file from the library was opened inline, in the site's origin. */
    @Test
    void filesThatAreNotImagesAreServedAsAttachmentsAndImagesInline() {
        MediaItem file = uploads.upload(Actor.system(), new MediaUpload("Kế hoạch tuyên truyền.pdf", "application/pdf",
                TestFiles.pdf("Ke hoach"), null, "Kế hoạch tuyên truyền", null));
        MediaItem image = uploads.upload(Actor.system(), new MediaUpload("Hội nghị.png", "image/png",
                TestImages.png(40, 30), "Hội nghị", null, null));
        String name = file.url().substring(file.url().lastIndexOf('/') + 1);

        var pdf = ServedMedia.get(port, file.url());
        var png = ServedMedia.get(port, image.url());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + name + "\"");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Disposition")).isEmpty();
    }
}
