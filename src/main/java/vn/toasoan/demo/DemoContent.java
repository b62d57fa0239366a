package vn.toasoan.demo;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.SiteProperties;
import vn.toasoan.account.Actor;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.Articles;
import vn.toasoan.article.NewArticle;
import vn.toasoan.banner.Banners;
import vn.toasoan.banner.NewBanner;
import vn.toasoan.category.Categories;
import vn.toasoan.category.NewCategory;
import vn.toasoan.document.Documents;
import vn.toasoan.document.NewDocument;
import vn.toasoan.media.MediaItem;
import vn.toasoan.media.MediaUpload;
import vn.toasoan.media.MediaUploads;
import vn.toasoan.menu.Menus;
import vn.toasoan.menu.NewMenuItem;

/**
 * Fills an empty database with the reference site: menu, banners, the reference article with its figure and
 * the document it cites, the pages every state portal must have, and sample news in several categories.
 * Runs before the web server opens, in one transaction, so a reader never sees half of it.
 */
@Component
class DemoContent implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    /** One entry of danes-articles.json. */
    record SampleArticle(long danesId, String category, String title, String sapo, String source) {
    }

    private record SectionSeed(String slug, String name, String parent, Color color) {
    }

    private static final List<SectionSeed> SECTIONS = List.of(
            new SectionSeed("tin-hoat-dong", "Tin hoạt động", null, new Color(0xb71c1c)),
            new SectionSeed("xay-dung-dang", "Xây dựng Đảng", null, new Color(0xc62828)),
            new SectionSeed("kinh-te", "Kinh tế", null, new Color(0x2e7d32)),
            new SectionSeed("van-hoa-xa-hoi", "Văn hóa - Xã hội", null, new Color(0x6a1b9a)),
            new SectionSeed("giao-duc", "Giáo dục", "van-hoa-xa-hoi", new Color(0x1565c0)),
            new SectionSeed("y-te", "Y tế", "van-hoa-xa-hoi", new Color(0x00838f)),
            new SectionSeed("khoa-hoc-cong-nghe", "Khoa học - Công nghệ", null, new Color(0x283593)),
            new SectionSeed("the-gioi", "Thế giới", null, new Color(0xef6c00)));

    private final DemoProperties properties;
    private final SiteProperties site;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Categories categories;
    private final Articles articles;
    private final Documents documents;
    private final MediaUploads media;
    private final Menus menus;
    private final Banners banners;
    private final Clock clock;

    DemoContent(DemoProperties properties, SiteProperties site, JdbcClient jdbc, TransactionTemplate transaction,
            Categories categories, Articles articles, Documents documents, MediaUploads media, Menus menus,
            Banners banners, Clock clock) {
        this.properties = properties;
        this.site = site;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.categories = categories;
        this.articles = articles;
        this.documents = documents;
        this.media = media;
        this.menus = menus;
        this.banners = banners;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.enabled() || !databaseIsEmpty()) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo content created in {} ms (toasoan.demo.enabled=false turns this off)",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private boolean databaseIsEmpty() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM category) + (SELECT COUNT(*) FROM article)")
                .query(Long.class).single() == 0;
    }

    private void seed() {
        Map<String, Long> sections = new HashMap<>();
        Map<String, Long> covers = new HashMap<>();
        int position = 0;
        for (SectionSeed s : SECTIONS) {
            Long parent = s.parent() == null ? null : sections.get(s.parent());
            sections.put(s.slug(), categories.create(new NewCategory(parent, s.slug(), s.name(), null, position++,
                    true)));
            covers.put(s.slug(), media.upload(Actor.system(), new MediaUpload(s.slug() + ".jpg",
                    "image/jpeg", DemoImages.cover(s.color(), s.slug().hashCode()),
                    "Ảnh minh họa chuyên mục " + s.name(), null, null)).id());
        }
        long plan = documents.register(new NewDocument("14-KH/ĐU", "14", null, "KH", "ĐU", "Kế hoạch",
                "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", LocalDate.of(2021, 2, 26), null,
                "Nghiên cứu, xây dựng Nghị quyết của Ban Chấp hành Đảng bộ Khối về “Phát huy vai trò lãnh đạo của"
                        + " cấp ủy đảng trong thực hiện nhiệm vụ chính trị”",
                LocalDate.of(2021, 2, 26)));
        seedDocuments();
        long reference = seedReferenceArticle(sections.get("tin-hoat-dong"), plan);
        seedSamples(sections, covers);
        Map<String, Long> pages = seedPages();
        seedMenus(sections, pages);
        seedBanners();
        log.debug("Reference article id {}", reference);
    }

    /** A few more documents, written for the demo in the style of real ones, so the list has choices to filter. */
    private void seedDocuments() {
        String standing = "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh";
        documents.register(new NewDocument("05-NQ/TU", null, null, null, null, null, "Ban Chấp hành Đảng bộ tỉnh",
                LocalDate.of(2021, 1, 15), null, "Về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030", null));
        documents.register(new NewDocument("01-KH/ĐU", null, null, null, null, null, standing,
                LocalDate.of(2021, 1, 8), null, "Tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2021", null));
        documents.register(new NewDocument("02-CT/ĐU", null, null, null, null, null, standing,
                LocalDate.of(2022, 3, 10), null, "Về tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng", null));
        documents.register(new NewDocument("12-HD/ĐU", null, null, null, null, null, "Ban Tổ chức Đảng ủy Khối",
                LocalDate.of(2023, 8, 2), null, "Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên"
                        + " năm 2023", null));
        documents.register(new NewDocument("42/2022/NĐ-CP", null, null, null, null, null, "Chính phủ",
                LocalDate.of(2022, 6, 24), null, "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến"
                        + " của cơ quan nhà nước trên môi trường mạng", LocalDate.of(2022, 8, 15)));
        documents.register(new NewDocument("1234/QĐ-UBND", null, null, null, null, null, "Ủy ban nhân dân tỉnh",
                LocalDate.of(2023, 5, 12), null, "Phê duyệt Đề án xây dựng cổng thông tin điện tử các cơ quan, đơn vị"
                        + " trực thuộc", null));
        documents.register(new NewDocument("123/UBND-VP", null, null, null, null, null, "Ủy ban nhân dân tỉnh",
                LocalDate.of(2024, 2, 20), null, "Về việc cập nhật văn bản lên cổng thông tin điện tử", null));
    }

    private long seedReferenceArticle(long category, long document) {
        MediaItem figure = media.upload(Actor.system(), new MediaUpload("hoi-nghi-to-soan-thao.jpg", "image/jpeg",
                DemoImages.conferenceHall(), "Các đại biểu dự hội nghị tổ soạn thảo nghị quyết",
                "Các đại biểu dự hội nghị", null));
        String body = resource("demo/reference-article.html")
                .replace("{figure.url}", figure.url())
                .replace("{figure.width}", String.valueOf(figure.width()))
                .replace("{figure.height}", String.valueOf(figure.height()));
        long id = articles.create(new NewArticle(ArticleKind.ARTICLE, category,
                "Hội nghị tổ soạn thảo nghiên cứu, xây dựng nghị quyết \"Phát huy vai trò lãnh đạo của cấp ủy Đảng"
                        + " trong thực hiện nhiệm vụ chính trị\"",
                null,
                "Chiều 16/3/2021, Tổ soạn thảo nghiên cứu, xây dựng Nghị quyết “Phát huy vai trò lãnh đạo của cấp ủy"
                        + " đảng trong thực hiện nhiệm vụ chính trị” tổ chức hội nghị thống nhất, triển khai các nội"
                        + " dung, công việc của Tổ.",
                body, figure.id(), "Ngọc Ánh", true, document));
        articles.publish(id, LocalDateTime.of(2021, 3, 17, 8, 0).atZone(site.zone()).toInstant());
        return id;
    }

    private void seedSamples(Map<String, Long> sections, Map<String, Long> covers) {
        List<SampleArticle> samples = readSamples();
        Instant now = clock.instant();
        for (int i = 0; i < samples.size(); i++) {
            SampleArticle s = samples.get(i);
            String body = "<p>" + escape(s.sapo()) + "</p><p>Bài viết mẫu: tiêu đề và tóm tắt từ bộ dữ liệu DANeS"
                    + " (DATASET JSC &amp; AIV Group, CC BY 4.0). Bài gốc: <a href=\"" + escape(s.source()) + "\">"
                    + escape(host(s.source())) + "</a>.</p>";
            long id = articles.create(new NewArticle(ArticleKind.ARTICLE, sections.get(s.category()), s.title(),
                    null, s.sapo(), body, covers.get(s.category()), "Theo " + host(s.source()), false, null));
            articles.publish(id, now.minus(Duration.ofMinutes(95L * (i + 1))));
        }
    }

    private Map<String, Long> seedPages() {
        Map<String, Long> pages = new HashMap<>();
        Instant now = clock.instant();
        for (String[] page : new String[][] {
                {"gioi-thieu", "Giới thiệu"}, {"co-cau-to-chuc", "Cơ cấu tổ chức"}, {"lien-he", "Liên hệ"}}) {
            long id = articles.create(new NewArticle(ArticleKind.PAGE, null, page[1], page[0], null,
                    resource("demo/pages/" + page[0] + ".html"), null, null, false, null));
            articles.publish(id, now);
            pages.put(page[0], id);
        }
        return pages;
    }

    private void seedMenus(Map<String, Long> sections, Map<String, Long> pages) {
        int p = 0;
        menus.add(new NewMenuItem(Menus.MAIN, null, "Trang chủ", "/", null, null, p++));
        long about = menus.add(new NewMenuItem(Menus.MAIN, null, "Giới thiệu", null, null, pages.get("gioi-thieu"),
                p++));
        menus.add(new NewMenuItem(Menus.MAIN, about, "Chức năng, nhiệm vụ", null, null, pages.get("gioi-thieu"), 0));
        menus.add(new NewMenuItem(Menus.MAIN, about, "Cơ cấu tổ chức", null, null, pages.get("co-cau-to-chuc"), 1));
        for (String slug : List.of("tin-hoat-dong", "xay-dung-dang", "kinh-te", "van-hoa-xa-hoi",
                "khoa-hoc-cong-nghe", "the-gioi")) {
            long item = menus.add(new NewMenuItem(Menus.MAIN, null, name(slug), null, sections.get(slug), null, p++));
            int c = 0;
            for (SectionSeed child : SECTIONS) {
                if (slug.equals(child.parent())) {
                    menus.add(new NewMenuItem(Menus.MAIN, item, child.name(), null, sections.get(child.slug()), null,
                            c++));
                }
            }
        }
        menus.add(new NewMenuItem(Menus.MAIN, null, "Văn bản", "/van-ban", null, null, p++));
        menus.add(new NewMenuItem(Menus.MAIN, null, "Liên hệ", null, null, pages.get("lien-he"), p));
        int f = 0;
        menus.add(new NewMenuItem(Menus.FOOTER, null, "Giới thiệu", null, null, pages.get("gioi-thieu"), f++));
        menus.add(new NewMenuItem(Menus.FOOTER, null, "Cơ cấu tổ chức", null, null, pages.get("co-cau-to-chuc"), f++));
        menus.add(new NewMenuItem(Menus.FOOTER, null, "Văn bản", "/van-ban", null, null, f++));
        menus.add(new NewMenuItem(Menus.FOOTER, null, "Liên hệ", null, null, pages.get("lien-he"), f));
    }

    /** The three anniversaries of the reference page; the year counts follow the current year. */
    private void seedBanners() {
        banners.setLead("Nhiệt liệt chào mừng kỷ niệm");
        banners.add(new NewBanner("{years} năm chiến thắng Điện Biên Phủ ({event_date} - {anniversary_date})",
                LocalDate.of(1954, 5, 7), null, null, null, 0));
        banners.add(new NewBanner("{years} năm Ngày Giải phóng miền Nam thống nhất đất nước ({event_date} -"
                + " {anniversary_date})", LocalDate.of(1975, 4, 30), null, null, null, 1));
        banners.add(new NewBanner("{years} năm ngày tổng tuyển cử bầu Quốc hội chung của nước Việt Nam thống nhất"
                + " (khóa VI) ({event_date} - {anniversary_date})", LocalDate.of(1976, 4, 25), null, null, null, 2));
    }

    private static String name(String slug) {
        return SECTIONS.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().name();
    }

    private static List<SampleArticle> readSamples() {
        try (InputStream in = new ClassPathResource("demo/danes-articles.json").getInputStream()) {
            return List.of(JsonMapper.builder().build().readValue(in, SampleArticle[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String host(String url) {
        String rest = url.replaceFirst("^https?://", "");
        int slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.substring(0, slash)).replaceFirst("^www\\.", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
