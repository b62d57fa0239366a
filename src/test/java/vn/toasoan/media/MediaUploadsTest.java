package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.ModuleTest;
import vn.toasoan.testsupport.TestFiles;

/**
 * Uploads through the whole pipeline, on the database of the test run (H2, or PostgreSQL with
 * {@code -Dtoasoan.test.database=postgres}) and a temp data directory. Limits are lowered so tests stay small.
 */
@ModuleTest
@TestPropertySource(properties = {"spring.application.name=media-uploads-test",
        "toasoan.media.max-image-size=3MB", "toasoan.media.max-file-size=1MB"})
class MediaUploadsTest {

    private static final String KEY = "\\d{4}/\\d{2}/[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{12}";
    private static final Actor STAFF = new Actor(7L, "Phóng viên thử", null, Role.AUTHOR);

    @Autowired
    MediaUploads uploads;

    @Autowired
    MediaLibrary library;

    @Autowired
    DataDirectoryProperties dataDirectory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aCameraPhotoIsTurnedUprightAndLosesItsExifAndGpsBlock() {
        byte[] camera = TestImages.cameraJpeg(TestImages.jpeg(1200, 600), 6, false);
        assertThat(TestImages.contains(camera, "Exif")).isTrue();
        assertThat(TestImages.contains(camera, "CameraModelX")).isTrue();

        MediaItem item = uploads.upload(STAFF, image("IMG_0001.JPG", camera));

        assertThat(item.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(item.contentType()).isEqualTo("image/jpeg");
        assertThat(item.width()).isEqualTo(600);
        assertThat(item.height()).isEqualTo(1200);
        assertThat(item.url()).matches("/media/" + KEY.replace("[a-z0-9]+(-[a-z0-9]+)*", "img-0001") + "\\.jpg");
        byte[] stored = stored(item.url());
        assertThat(item.byteSize()).isEqualTo(stored.length);
        for (byte[] file : Stream.concat(Stream.of(stored), item.variants().stream().map(v -> stored(v.url())))
                .toList()) {
            assertThat(TestImages.contains(file, "Exif")).isFalse();
            assertThat(TestImages.contains(file, "MM\0*")).isFalse();
            assertThat(TestImages.contains(file, "CameraModelX")).isFalse();
        }
        BufferedImage upright = TestImages.read(stored);
        assertThat(upright.getWidth()).isEqualTo(600);
        assertThat(upright.getHeight()).isEqualTo(1200);
        // Turned a quarter clockwise: what was bottom-left is now top-left, top-left is now top-right.
        assertClose(new Color(upright.getRGB(10, 10)), TestImages.BOTTOM_LEFT);
        assertClose(new Color(upright.getRGB(590, 10)), TestImages.TOP_LEFT);
        assertClose(new Color(upright.getRGB(590, 1190)), TestImages.TOP_RIGHT);
    }

    @Test
    void variantsHaveExactlyTheConfiguredWidthsNarrowerThanTheImage() {
        MediaItem wide = uploads.upload(STAFF, image("rong.png", TestImages.png(2000, 1000)));
        assertThat(wide.variants()).extracting(MediaVariant::width).containsExactly(480, 960, 1600);
        assertThat(wide.variants()).extracting(MediaVariant::height).containsExactly(240, 480, 800);
        for (MediaVariant variant : wide.variants()) {
            assertThat(variant.url()).isEqualTo(wide.url().replace(".jpg", "-" + variant.width() + ".jpg"));
            BufferedImage copy = TestImages.read(stored(variant.url()));
            assertThat(copy.getWidth()).isEqualTo(variant.width());
            assertThat(copy.getHeight()).isEqualTo(variant.height());
        }
        assertThat(wide.srcset()).isEqualTo(Stream.of(wide.variants().get(0).url() + " 480w",
                wide.variants().get(1).url() + " 960w", wide.variants().get(2).url() + " 1600w",
                wide.url() + " 2000w").reduce((a, b) -> a + ", " + b).orElseThrow());

        MediaItem medium = uploads.upload(STAFF, image("vua.jpg", TestImages.jpeg(960, 540)));
        assertThat(medium.variants()).extracting(MediaVariant::width).containsExactly(480);
        assertThat(medium.variants()).extracting(MediaVariant::height).containsExactly(270);

        MediaItem small = uploads.upload(STAFF, image("nho.jpg", TestImages.jpeg(480, 300)));
        assertThat(small.variants()).isEmpty();
        assertThat(small.srcset()).isNull();
        assertThat(small.ref()).isEqualTo(new MediaRef(small.url(), "Ảnh thử", 480, 300, null));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_variant WHERE media_id = :id").param("id", small.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void picturesWithTransparencyStayPngAndOthersBecomeJpeg() {
        MediaItem logo = uploads.upload(STAFF, image("logo.png", TestImages.transparentPng(1000, 500)));
        assertThat(logo.contentType()).isEqualTo("image/png");
        assertThat(logo.url()).endsWith(".png");
        assertThat(logo.variants()).extracting(MediaVariant::url).allMatch(u -> u.endsWith(".png"));
        BufferedImage stored = TestImages.read(stored(logo.url()));
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        assertThat(stored.getRGB(900, 250) >>> 24).isZero();

        MediaItem opaque = uploads.upload(STAFF, image("so-do.png", TestImages.opaquePngWithAlpha(300, 200)));
        assertThat(opaque.contentType()).isEqualTo("image/jpeg");
        MediaItem gif = uploads.upload(STAFF, image("bieu-do.gif", TestImages.gif(300, 200)));
        assertThat(gif.contentType()).isEqualTo("image/jpeg");
        assertThat(gif.url()).endsWith(".jpg");
    }

    @Test
    void webpIsReadAndStoredAsPngWhenTransparentElseAsJpeg() {
        MediaItem lossless = uploads.upload(STAFF, image("anh.webp", TestImages.WEBP_LOSSLESS));
        assertThat(lossless.width()).isEqualTo(1);
        assertThat(lossless.height()).isEqualTo(1);
        assertThat(lossless.contentType()).as("its one pixel is transparent").isEqualTo("image/png");
        assertThat(TestImages.read(stored(lossless.url()))).isNotNull();
        MediaItem lossy = uploads.upload(STAFF, image("anh.webp", TestImages.WEBP_LOSSY));
        assertThat(lossy.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aHeaderClaimingAHugePictureIsRefusedBeforeDecoding() {
        String message = "Ảnh lớn quá: 50.000 × 50.000 điểm ảnh, tối đa 40.000.000 điểm ảnh. Hãy thu nhỏ ảnh rồi"
                + " tải lên lại";
        long started = System.nanoTime();
        assertRejected(image("bom.png", TestImages.pngClaiming(50_000, 50_000)), "file", message);
        assertRejected(image("bom.jpg", TestImages.jpegClaiming(50_000, 50_000)), "file", message);
        // Decoding would need 10 GB: the refusal comes from the header, at once.
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
        assertNothingStored();
    }

    @Test
    void filesThatAreNotWhatTheirNameSaysAreRefused() {
        String accepted = "Chỉ nhận ảnh JPEG, PNG, GIF, WebP và tệp PDF, Word (.docx, .doc), Excel (.xlsx),"
                + " OpenDocument (.odt)";
        assertRejected(new MediaUpload("anh.jpg", "image/jpeg", "MZ\u0090\0\3\0\0\0".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1), "Ảnh", null, null), "file", accepted);
        assertRejected(new MediaUpload("anh.png", "image/png", "<html><img src=x onerror=alert(1)>".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "Ảnh", null, null), "file", accepted);
        assertRejected(new MediaUpload("a.jpg", "image/jpeg", new byte[0], "Ảnh", null, null), "file",
                "Hãy chọn một tệp để tải lên (tệp trống không được nhận)");
        assertRejected(new MediaUpload("a.jpg", "image/jpeg", Arrays.copyOf(TestImages.jpeg(40, 40), 300), "Ảnh",
                null, null), "file", "Không đọc được ảnh: tệp có thể bị hỏng, hoặc là ảnh JPEG hệ màu CMYK"
                + " (hãy lưu lại với hệ màu RGB)");
        assertNothingStored();
    }

    @Test
    void anImageWithoutAltTextIsRefused() {
        for (String alt : new String[] {null, "", "  \n\t ", "\u200B\u202E"}) {
            assertRejected(new MediaUpload("anh.jpg", "image/jpeg", TestImages.jpeg(100, 50), alt, "Chú thích",
                    null), "altText", "Hãy nhập lời mô tả ảnh: người khiếm thị nghe đọc lời này thay cho ảnh");
        }
        assertRejected(new MediaUpload("anh.jpg", "image/jpeg", TestImages.jpeg(100, 50), "x".repeat(501), null,
                null), "altText", "Lời mô tả ảnh dài quá 500 ký tự");
        assertRejected(new MediaUpload("anh.jpg", "image/jpeg", TestImages.jpeg(100, 50), "Ảnh", "c".repeat(1001),
                null), "caption", "Chú thích dài quá 1000 ký tự");
        assertNothingStored();
    }

    @Test
    void sizeLimitsDependOnTheKindOfFile() {
        byte[] bigPdf = padded(TestFiles.pdf("Ke hoach"), 1024 * 1024 + 1);
        assertRejected(new MediaUpload("ke-hoach.pdf", "application/pdf", bigPdf, null, null, null), "file",
                "Tệp lớn quá 1 MB: hãy nén hoặc chia nhỏ tệp rồi tải lên lại");
        byte[] bigJpeg = padded(TestImages.jpeg(64, 64), 3 * 1024 * 1024 + 1);
        assertRejected(image("lon.jpg", bigJpeg), "file", "Ảnh lớn quá 3 MB: hãy thu nhỏ ảnh rồi tải lên lại");
        assertNothingStored();
        // The same sizes pass: an image may be larger than a file here.
        byte[] justUnder = padded(TestImages.jpeg(64, 64), 2 * 1024 * 1024);
        assertThat(uploads.upload(STAFF, image("vua-du.jpg", justUnder)).width()).isEqualTo(64);
    }

    @Test
    void filesAreKeptByteForByteWithTheirOwnType() {
        byte[] docx = TestFiles.docx("Kế hoạch số 14-KH/ĐU");
        String decomposedName = "C:\\Tài liệu\\Ke\u0302\u0301 hoạch 14.docx";
        MediaItem item = uploads.upload(STAFF, new MediaUpload(decomposedName, "image/png", docx, "ignored",
                " Kế hoạch\n năm 2021 ", "Văn phòng"));
        assertThat(item.kind()).isEqualTo(MediaKind.FILE);
        assertThat(item.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(item.url()).matches("/media/" + KEY.replace("[a-z0-9]+(-[a-z0-9]+)*", "ke-hoach-14") + "\\.docx");
        assertThat(stored(item.url())).isEqualTo(docx);
        assertThat(item.altText()).isNull();
        assertThat(item.caption()).isEqualTo("Kế hoạch năm 2021");
        assertThat(item.originalName()).isEqualTo("Kế hoạch 14.docx");
        assertThat(Normalizer.isNormalized(item.originalName(), Normalizer.Form.NFC)).isTrue();
        assertThat(item.uploadedBy()).isEqualTo(7L);
        assertThat(jdbc.sql("SELECT actor_name FROM audit_event WHERE action = 'media.upload' AND target_id = :id")
                .param("id", String.valueOf(item.id())).query(String.class).list()).containsExactly("Phóng viên thử");
        assertThat(item.width()).isNull();
        assertThat(item.variants()).isEmpty();
        assertThat(library.find(item.id())).contains(item);
    }

    @Test
    void filesWrittenForAnUploadThatRollsBackAreDeleted() {
        List<String> before = filesOnDisk();
        MediaItem item = transaction.execute(status -> {
            MediaItem uploaded = uploads.upload(STAFF, image("huy.jpg", TestImages.jpeg(1000, 500)));
            assertThat(filesOnDisk()).hasSize(before.size() + 3);
            status.setRollbackOnly();
            return uploaded;
        });
        assertThat(library.find(item.id())).isEmpty();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void hostileFileNamesGiveSafeKeys() {
        String[] names = {"../../etc/passwd", "..\\..\\boot.ini", "<script>alert(1)</script>.jpg", "\u202Egpj.exe",
                "ảnh\u0000.jpg", "%2e%2e%2fx.jpg", ".htaccess", "CON", "😀😀.jpg", "'; DROP TABLE media; --.jpg", ""};
        for (String name : names) {
            MediaItem item = uploads.upload(STAFF, image(name, TestImages.jpeg(40, 20)));
            assertThat(item.url()).as(name).matches("/media/" + KEY + "\\.jpg");
            assertThat(dataDirectory.media().resolve(item.url().substring(7)).normalize())
                    .startsWithRaw(dataDirectory.media().normalize());
            if (item.originalName() != null) {
                assertThat(item.originalName()).doesNotContain("/", "\\", "\u0000", "\u202E");
            }
        }
        assertThat(uploads.upload(STAFF, image("😀.jpg", TestImages.jpeg(40, 20))).url()).matches("/media/"
                + KEY.replace("[a-z0-9]+(-[a-z0-9]+)*", "anh") + "\\.jpg");
    }

    private void assertRejected(MediaUpload upload, String field, String message) {
        assertThatThrownBy(() -> uploads.upload(STAFF, upload)).isInstanceOf(MediaRejected.class)
                .hasMessage(message).extracting(e -> ((MediaRejected) e).field()).isEqualTo(field);
    }

    private void assertNothingStored() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media WHERE original_name IN ('bom.png', 'bom.jpg', 'anh.jpg',"
                + " 'anh.png', 'a.jpg', 'ke-hoach.pdf', 'lon.jpg')").query(Long.class).single()).isZero();
        assertThat(filesOnDisk()).allMatch(f -> !f.contains("bom") && !f.contains("lon-") && !f.contains(".tmp"));
    }

    private static MediaUpload image(String name, byte[] content) {
        return new MediaUpload(name, "image/jpeg", content, "Ảnh thử", null, null);
    }

    private static byte[] padded(byte[] content, int length) {
        return Arrays.copyOf(content, length);
    }

    private byte[] stored(String url) {
        try {
            return Files.readAllBytes(dataDirectory.media().resolve(url.substring("/media/".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> filesOnDisk() {
        Path root = dataDirectory.media();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertClose(Color actual, Color expected) {
        assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of %s", actual).isLessThan(24);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of %s", actual).isLessThan(24);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of %s", actual).isLessThan(24);
    }
}
