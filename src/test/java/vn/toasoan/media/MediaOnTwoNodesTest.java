package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.toasoan.ToaSoanApplication;
import vn.toasoan.account.Actor;
import vn.toasoan.document.Attachment;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.Documents;
import vn.toasoan.document.NewDocument;
import vn.toasoan.testsupport.TestDatabases;
import vn.toasoan.testsupport.TestFiles;
import vn.toasoan.testsupport.TestRedis;

/**
 * Two nodes in cluster mode on one PostgreSQL database and Redis, each with its own data directory: what is uploaded
 * on one is served by the other at once, with the same bytes and headers, and what is deleted on one stops being
 * served by the other, whose cache had it, as soon as it follows the change feed.
 */
@Tag("redis")
class MediaOnTwoNodesTest {

    /** Far above the feed's poll interval (1 s): only a node that never learns of the deletion waits this long. */
    private static final Duration DELETION_REACHES_EVERY_NODE = Duration.ofSeconds(10);

    @TempDir
    Path dataDirs;

    private String database;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeEach
    void startTwoNodes() throws Exception {
        database = "toasoan_t_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + database);
        String prefix = TestRedis.uniquePrefix();
        first = start("a", prefix);
        second = start("b", prefix);
    }

    @AfterEach
    void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void anImageUploadedOnOneNodeIsServedByTheOtherUntilDeletedThere() throws Exception {
        MediaItem item = first.getBean(MediaUploads.class).upload(Actor.system(), new MediaUpload("Hội nghị.jpg",
                "image/jpeg", TestImages.jpeg(800, 600), "Các đại biểu dự hội nghị", null, null));
        String key = item.url().substring("/media/".length());
        byte[] stored = ServedMedia.get(port(first), item.url()).body();
        assertThat(stored).hasSize((int) item.byteSize());
        assertThat(dataDirs.resolve("a/media")).as("nothing on the node's own disk but its cache").doesNotExist();

        String onFirst = ServedMedia.assertServedJpeg(port(first), item.url(), stored);
        String onSecond = ServedMedia.assertServedJpeg(port(second), item.url(), stored);

        assertThat(onSecond).isEqualTo(onFirst);
        Path cachedOnSecond = dataDirs.resolve("b/blob-cache/media_blob").resolve(key);
        assertThat(cachedOnSecond).hasBinaryContent(stored);

        first.getBean(MediaLibrary.class).delete(Actor.system(), item.id());

        assertThat(ServedMedia.get(port(first), item.url()).statusCode()).isEqualTo(404);
        assertThat(statusOnceDeletionArrives(port(second), item.url())).isEqualTo(404);
        assertThat(cachedOnSecond).doesNotExist();
    }

    @Test
    void aFileAttachedOnOneNodeIsDownloadedFromTheOther() {
        long documentId = first.getBean(DocumentDesk.class).create(Actor.system(), new NewDocument("14-KH/ĐU", null,
                null, null, null, null, "Đảng ủy Khối", LocalDate.of(2021, 2, 26), null, "Kế hoạch thử", null));
        byte[] pdf = TestFiles.pdf("Ke hoach so 14-KH");
        first.getBean(DocumentDesk.class).attach(Actor.system(), documentId, "ke-hoach.pdf", pdf);
        Attachment attachment = second.getBean(Documents.class).attachments(documentId).get(0);

        HttpResponse<byte[]> download = ServedMedia.get(port(second), attachment.url());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Length")).hasValue(String.valueOf(pdf.length));
        assertThat(ServedMedia.get(port(second), attachment.url(), "Range", "bytes=0-4").body())
                .isEqualTo("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        first.getBean(DocumentDesk.class).detach(Actor.system(), documentId, attachment.id());

        assertThat(ServedMedia.get(port(second), attachment.url()).statusCode()).isEqualTo(404);
    }

    /** The status the node answers once the deletion reached it, or after {@link #DELETION_REACHES_EVERY_NODE}. */
    private static int statusOnceDeletionArrives(int port, String url) throws InterruptedException {
        long deadline = System.nanoTime() + DELETION_REACHES_EVERY_NODE.toNanos();
        int status;
        do {
            status = ServedMedia.get(port, url).statusCode();
            if (status == 404) {
                return status;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return status;
    }

    private ConfigurableApplicationContext start(String node, String keyPrefix) throws Exception {
        Files.createDirectories(dataDirs.resolve(node));
        return new SpringApplicationBuilder(ToaSoanApplication.class).run(
                "--server.port=0",
                "--management.server.port=-1",
                "--toasoan.data-dir=" + dataDirs.resolve(node),
                "--toasoan.demo.enabled=false",
                "--spring.datasource.url=" + TestDatabases.postgresServerUrl() + database,
                "--spring.datasource.username=" + TestDatabases.postgresUser(),
                "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                "--toasoan.cluster.redis-url=" + TestRedis.url(),
                "--toasoan.cluster.key-prefix=" + keyPrefix);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void admin(String sql) throws Exception {
        try (Connection admin = DriverManager.getConnection(TestDatabases.postgresServerUrl() + "postgres",
                TestDatabases.postgresUser(), TestDatabases.postgresPassword());
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
