package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.TestFiles;

/**
 * The library's read API, descriptions and deletion, on the database of the test run (H2, or PostgreSQL with
 * {@code -Dtoasoan.test.database=postgres}). Each test marks its media with a word of its own, so counts are exact.
 */
@SpringBootTest(properties = {"toasoan.demo.enabled=false", "spring.application.name=media-library-test"})
@Import(FixedClockConfiguration.class)
class MediaLibraryTest {

    private static final Actor STAFF = new Actor(7L, "Phóng viên thử", null, Role.AUTHOR);
    private static final Actor EDITOR = new Actor(8L, "Biên tập viên thử", null, Role.EDITOR);

    @Autowired
    MediaUploads uploads;

    @Autowired
    MediaLibrary library;

    @Autowired
    ArticleDesk articles;

    @Autowired
    Categories categories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    DataDirectoryProperties dataDirectory;

    @Test
    void pagesAreNewestFirstAndFilteredByKindAndWordsWithoutTones() {
        String tag = tag();
        MediaItem first = image(tag + " Hội nghị Ban Chấp hành", "Các đại biểu dự hội nghị");
        MediaItem second = image(tag + " Lễ kỷ niệm", "Đảng ủy Khối");
        MediaItem file = uploads.upload(STAFF, new MediaUpload("Kế hoạch " + tag + ".pdf", "application/pdf",
                TestFiles.pdf("x"), null, "Kế hoạch hội nghị", null));
        MediaItem third = image(tag + " Hội thảo", null);

        MediaPage all = library.search(new MediaQuery(null, tag), 1, 3);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.pages()).isEqualTo(2);
        assertThat(all.items()).extracting(MediaItem::id).containsExactly(third.id(), file.id(), second.id());
        assertThat(library.search(new MediaQuery(null, tag), 2, 3).items()).extracting(MediaItem::id)
                .containsExactly(first.id());

        assertThat(library.search(new MediaQuery(MediaKind.FILE, tag), 1, 10).items()).containsExactly(file);
        assertThat(library.search(new MediaQuery(MediaKind.IMAGE, tag), 1, 10).items()).extracting(MediaItem::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(library.search(new MediaQuery(null, tag + " HOI NGHI"), 1, 10).items()).extracting(MediaItem::id)
                .containsExactly(file.id(), first.id());
        String decomposed = Normalizer.normalize("đảng ỦY", Normalizer.Form.NFD);
        assertThat(library.search(new MediaQuery(MediaKind.IMAGE, tag + " " + decomposed), 1, 10).items())
                .extracting(MediaItem::id).containsExactly(second.id());
        assertThat(library.search(new MediaQuery(null, tag + " 100%_"), 1, 10).total()).isZero();
        assertThat(library.search(new MediaQuery(null, "ke-hoach " + tag), 1, 10).items()).isEmpty();
        assertThat(library.search(new MediaQuery(null, "Kế hoạch " + tag + ".pdf"), 1, 10).items())
                .extracting(MediaItem::id).containsExactly(file.id());
        assertThatThrownBy(() -> library.search(MediaQuery.ALL, 1, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findGivesTheImageWithItsCopiesAndImageGivesWhatPagesShow() {
        MediaItem item = uploads.upload(STAFF, new MediaUpload("a.jpg", "image/jpeg", TestImages.jpeg(1000, 600),
                "Ảnh " + tag(), null, null));
        MediaItem found = library.find(item.id()).orElseThrow();
        assertThat(found.variants()).extracting(MediaVariant::width).containsExactly(480, 960);
        assertThat(library.image(item.id())).contains(new MediaRef(item.url(), item.altText(), 1000, 600,
                found.variants().get(0).url() + " 480w, " + found.variants().get(1).url() + " 960w, " + item.url()
                        + " 1000w"));
        assertThat(library.find(Long.MAX_VALUE)).isEmpty();
        MediaItem file = uploads.upload(STAFF, new MediaUpload("a.pdf", null, TestFiles.pdf("x"), null, null, null));
        assertThat(library.image(file.id())).isEmpty();
    }

    @Test
    void describingChangesTheTextsAndKeepsTheFile() {
        String tag = tag();
        MediaItem item = image(tag + " cũ", "Chú thích cũ");
        MediaItem described = library.describe(STAFF, item.id(), " Ảnh\nmới " + tag + " ", "Chú thích mới", "Ngọc Ánh");
        assertThat(described.altText()).isEqualTo("Ảnh mới " + tag);
        assertThat(described.caption()).isEqualTo("Chú thích mới");
        assertThat(described.credit()).isEqualTo("Ngọc Ánh");
        assertThat(described.url()).isEqualTo(item.url());
        assertThat(library.search(new MediaQuery(null, tag + " ngoc anh"), 1, 10).items()).extracting(MediaItem::id)
                .containsExactly(item.id());
        assertThatThrownBy(() -> library.describe(STAFF, item.id(), " ", null, null)).isInstanceOf(MediaRejected.class)
                .hasMessage("Hãy nhập lời mô tả ảnh: người khiếm thị nghe đọc lời này thay cho ảnh");
        assertThat(library.find(item.id()).orElseThrow().altText()).isEqualTo("Ảnh mới " + tag);
        assertThatThrownBy(() -> library.describe(STAFF, Long.MAX_VALUE, "x", null, null))
                .isInstanceOf(MediaNotFound.class);
    }

    @Test
    void deletingRemovesTheRowsAndFilesOnceCommitted() {
        MediaItem item = uploads.upload(STAFF, new MediaUpload("xoa.jpg", "image/jpeg", TestImages.jpeg(1000, 600),
                "Ảnh " + tag(), null, null));
        List<Path> files = List.of(file(item.url()), file(item.variants().get(0).url()),
                file(item.variants().get(1).url()));
        assertThat(files).allMatch(Files::exists);
        library.delete(EDITOR, item.id());
        assertThat(library.find(item.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_variant WHERE media_id = :id").param("id", item.id())
                .query(Long.class).single()).isZero();
        assertThat(files).noneMatch(Files::exists);
        assertThatThrownBy(() -> library.delete(EDITOR, item.id())).isInstanceOf(MediaNotFound.class)
                .hasMessage("Không tìm thấy tệp " + item.id() + " trong thư viện");
    }

    @Test
    void onlyEditorsAndAdministratorsDelete() {
        MediaItem item = image("Ảnh " + tag(), null);
        assertThatThrownBy(() -> library.delete(STAFF, item.id())).isInstanceOf(NotPermitted.class)
                .hasMessage("Chỉ biên tập viên và quản trị được xóa tệp khỏi thư viện.");
        assertThat(library.find(item.id())).isPresent();
        library.delete(new Actor(9L, "Quản trị thử", null, Role.ADMIN), item.id());
        assertThat(library.find(item.id())).isEmpty();
        assertThat(jdbc.sql("SELECT actor_name FROM audit_event WHERE action = 'media.delete' AND target_id = :id")
                .param("id", String.valueOf(item.id())).query(String.class).list()).containsExactly("Quản trị thử");
    }

    @Test
    void anImageAnArticleUsesCannotBeDeleted() {
        long category = categories.create(Actor.system(), new CategoryChange("Tin", "cm-" + UUID.randomUUID(), null,
                null, true));
        MediaItem cover = image("Bìa " + tag(), null);
        MediaItem figure = image("Hình " + tag(), null);
        MediaItem inBody = image("Thân bài " + tag(), null);
        long article = articles.create(Actor.system(), new NewArticle(ArticleKind.ARTICLE, category, "Bài có ảnh",
                null, null,
                "<figure><img src=\"" + inBody.url() + "\" alt=\"Ảnh\"></figure>", cover.id(), null, false, null));
        articles.create(Actor.system(), new NewArticle(ArticleKind.ARTICLE, category, "Bài thứ hai", null, null,
                "<p><img src=\"" + inBody.url() + "\" alt=\"Ảnh\"></p>", null, null, false, null));
        jdbc.sql("INSERT INTO article_media (article_id, media_id, position) VALUES (:article, :media, 0)")
                .param("article", article).param("media", figure.id()).update();

        assertThatThrownBy(() -> library.delete(EDITOR, cover.id())).isInstanceOf(MediaInUse.class)
                .hasMessage("Không xóa được: tệp đang được dùng trong 1 bài viết");
        assertThatThrownBy(() -> library.delete(EDITOR, figure.id())).isInstanceOf(MediaInUse.class)
                .hasMessage("Không xóa được: tệp đang được dùng trong 1 bài viết");
        assertThatThrownBy(() -> library.delete(EDITOR, inBody.id())).isInstanceOf(MediaInUse.class)
                .hasMessage("Không xóa được: tệp đang được dùng trong 2 bài viết")
                .extracting(e -> ((MediaInUse) e).articles()).isEqualTo(2L);
        for (MediaItem used : List.of(cover, figure, inBody)) {
            assertThat(library.find(used.id())).isPresent();
            assertThat(file(used.url())).exists();
        }
    }

    @Test
    void rowsStoredBeforeTheSearchTextExistedGetItAtStartUp() {
        String tag = tag();
        MediaItem item = image(tag + " Đại hội", null);
        jdbc.sql("UPDATE media SET search_text = NULL WHERE id = :id").param("id", item.id()).update();
        assertThat(library.search(new MediaQuery(null, tag), 1, 10).total()).isZero();
        library.afterSingletonsInstantiated();
        assertThat(library.search(new MediaQuery(null, tag + " dai hoi"), 1, 10).items()).extracting(MediaItem::id)
                .containsExactly(item.id());
    }

    private MediaItem image(String altText, String caption) {
        // One second apart: "newest first" is by upload time.
        clock.advance(Duration.ofSeconds(1));
        return uploads.upload(STAFF, new MediaUpload("anh.jpg", "image/jpeg", TestImages.jpeg(64, 48), altText, caption,
                null));
    }

    private Path file(String url) {
        return dataDirectory.media().resolve(url.substring("/media/".length()));
    }

    /** A word no other test's media has. */
    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
