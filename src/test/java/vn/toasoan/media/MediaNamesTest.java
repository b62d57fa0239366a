package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.blob.BlobKeys;
import vn.toasoan.blob.DirectoryBlobStore;

/** The uploader's file name gives a readable part to the key and is kept for people, never as a path. */
class MediaNamesTest {

    private static final Path ROOT = Path.of("/srv/toasoan/data").toAbsolutePath();
    private static final MediaFiles FILES = new MediaFiles(area -> new DirectoryBlobStore(area.directory()),
            new DataDirectoryProperties(ROOT));
    private static final DirectoryBlobStore STORE = new DirectoryBlobStore(ROOT.resolve("media"));
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 7);

    static List<String> naughtyStrings() {
        try (InputStream json = MediaNamesTest.class.getResourceAsStream("/naughty/blns.json")) {
            return List.of(JsonMapper.builder().build().readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void hostileNamesGiveSafeKeysAndTidyNames(String name) {
        assertThatCode(() -> {
            String key = FILES.newKey(name, FileType.JPEG, TODAY);
            assertThat(key).matches("2026/05/[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{12}\\.jpg").hasSizeLessThan(100);
            assertThat(STORE.path(key)).startsWithRaw(ROOT.resolve("media"));
            assertThat(BlobKeys.valid(key)).isTrue();
            assertThat(MediaFiles.variantKey(key, 480)).matches("2026/05/[a-z0-9-]+-[0-9a-f]{12}-480\\.jpg");
            String kept = MediaTexts.originalName(name);
            if (kept != null) {
                assertThat(kept).doesNotContain("/", "\\", "\n", "\r", "\u0000", "\u202E")
                        .hasSizeLessThanOrEqualTo(MediaTexts.MAX_ORIGINAL_NAME).isEqualTo(kept.strip());
            }
            MediaTexts.searchText("alt", name, name, kept);
            MediaTexts.searchWords(name);
        }).doesNotThrowAnyException();
    }

    @Test
    void keysAreReadableUniqueAndDatedInTheSiteCalendar() {
        assertThat(FILES.newKey("Hội nghị tổ soạn thảo.JPG", FileType.JPEG, TODAY))
                .matches("2026/05/hoi-nghi-to-soan-thao-[0-9a-f]{12}\\.jpg");
        assertThat(FILES.newKey("Kế hoạch 14-KH/ĐU.docx", FileType.DOCX, LocalDate.of(2021, 2, 26)))
                .matches("2021/02/ke-hoach-14-kh-du-[0-9a-f]{12}\\.docx");
        assertThat(FILES.newKey("!!!.pdf", FileType.PDF, TODAY)).matches("2026/05/tep-[0-9a-f]{12}\\.pdf");
        assertThat(FILES.newKey(null, FileType.PNG, TODAY)).matches("2026/05/anh-[0-9a-f]{12}\\.png");
        assertThat(FILES.newKey("a.jpg", FileType.JPEG, TODAY)).isNotEqualTo(FILES.newKey("a.jpg", FileType.JPEG,
                TODAY));
        assertThat(MediaFiles.variantKey("2026/05/a-0123456789ab.jpg", 960))
                .isEqualTo("2026/05/a-0123456789ab-960.jpg");
    }

    @Test
    void theKeptNameLosesFoldersAndInvisibleCharacters() {
        assertThat(MediaTexts.originalName("C:\\Users\\Lan\\Ảnh hội nghị.jpg")).isEqualTo("Ảnh hội nghị.jpg");
        assertThat(MediaTexts.originalName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MediaTexts.originalName("anh\u202Egpj.exe")).isEqualTo("anh gpj.exe");
        assertThat(MediaTexts.originalName("a/")).isNull();
        assertThat(MediaTexts.originalName("x".repeat(300) + ".jpg")).hasSize(255);
        assertThat(MediaTexts.searchWords("  Hội   NGHỊ hội ")).containsExactly("hoi", "nghi");
    }
}
