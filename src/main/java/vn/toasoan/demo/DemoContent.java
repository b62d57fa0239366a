package vn.toasoan.demo;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.SiteProperties;
import vn.toasoan.account.Actor;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleStatus;
import vn.toasoan.article.NewArticle;
import vn.toasoan.banner.BannerChange;
import vn.toasoan.banner.Banners;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.NewDocument;
import vn.toasoan.media.MediaItem;
import vn.toasoan.media.MediaUpload;
import vn.toasoan.media.MediaUploads;
import vn.toasoan.menu.MenuItemChange;
import vn.toasoan.menu.Menus;

/**
 * Fills an empty database with the reference site: menu, banners, the reference article with its figure and
 * the document it cites, the pages every state portal must have, and sample news in several categories.
 * Runs before the web server opens, in one transaction, so a reader never sees half of it. Everything goes in
 * through the doors staff use ({@link ArticleDesk}, {@link DocumentDesk}, {@link Categories}, {@link Menus},
 * {@link Banners}, {@link MediaUploads}), with their checks, revisions and audit entries, as {@link Actor#system()}.
 *
 * <p>The sample news keep the dates of their sources ({@code published} in {@code demo/danes-articles.json}, a
 * time of the site zone): the date and time in the source's address where it has one
 * ({@code …-20211004175530197.chn}), else the day the summary names ("Sáng 6/10"), in 2021, at 17:00; else
 * 4 October 2021 at 12:00, the day most of the DANeS batch's dated addresses carry (64 of 203), the batch being
 * headlines of early October 2021. Never the day of the first start: that would put 2021 news on today's date.
 */
@Component
class DemoContent implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    /**
     * One entry of danes-articles.json.
     *
     * @param published when the source published it, in the site zone (see the class comment for how it was found)
     */
    record SampleArticle(long danesId, String category, String title, String sapo, String source,
            LocalDateTime published) {
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

    private static final Actor SYSTEM = Actor.system();

    private final DemoProperties properties;
    private final SiteProperties site;
    private final TransactionTemplate transaction;
    private final Categories categories;
    private final ArticleDesk articles;
    private final DocumentDesk documents;
    private final MediaUploads media;
    private final Menus menus;
    private final Banners banners;

    DemoContent(DemoProperties properties, SiteProperties site, TransactionTemplate transaction,
            Categories categories, ArticleDesk articles, DocumentDesk documents, MediaUploads media, Menus menus,
            Banners banners) {
        this.properties = properties;
        this.site = site;
        this.transaction = transaction;
        this.categories = categories;
        this.articles = articles;
        this.documents = documents;
        this.media = media;
        this.menus = menus;
        this.banners = banners;
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
        return categories.all().isEmpty() && articles.count(SYSTEM, null) == 0;
    }

    private void seed() {
        Map<String, Long> sections = new HashMap<>();
        Map<String, Long> covers = new HashMap<>();
        for (SectionSeed s : SECTIONS) {
            Long parent = s.parent() == null ? null : sections.get(s.parent());
            sections.put(s.slug(), categories.create(SYSTEM, new CategoryChange(s.name(), s.slug(), null,
                    parent == null ? null : parent.toString(), true)));
            covers.put(s.slug(), media.upload(SYSTEM, new MediaUpload(s.slug() + ".jpg",
                    "image/jpeg", DemoImages.cover(s.color(), s.slug().hashCode()),
                    "Ảnh minh họa chuyên mục " + s.name(), null, null)).id());
        }
        long plan = documents.create(SYSTEM, new NewDocument("14-KH/ĐU", "14", null, "KH", "ĐU", "Kế hoạch",
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
        documents.create(SYSTEM, new NewDocument("05-NQ/TU", null, null, null, null, null, "Ban Chấp hành Đảng bộ tỉnh",
                LocalDate.of(2021, 1, 15), null, "Về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030", null));
        documents.create(SYSTEM, new NewDocument("01-KH/ĐU", null, null, null, null, null, standing,
                LocalDate.of(2021, 1, 8), null, "Tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2021", null));
        documents.create(SYSTEM, new NewDocument("02-CT/ĐU", null, null, null, null, null, standing,
                LocalDate.of(2022, 3, 10), null, "Về tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng", null));
        documents.create(SYSTEM, new NewDocument("12-HD/ĐU", null, null, null, null, null, "Ban Tổ chức Đảng ủy Khối",
                LocalDate.of(2023, 8, 2), null, "Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên"
                        + " năm 2023", null));
        documents.create(SYSTEM, new NewDocument("42/2022/NĐ-CP", null, null, null, null, null, "Chính phủ",
                LocalDate.of(2022, 6, 24), null, "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến"
                        + " của cơ quan nhà nước trên môi trường mạng", LocalDate.of(2022, 8, 15)));
        documents.create(SYSTEM, new NewDocument("1234/QĐ-UBND", null, null, null, null, null, "Ủy ban nhân dân tỉnh",
                LocalDate.of(2023, 5, 12), null, "Phê duyệt Đề án xây dựng cổng thông tin điện tử các cơ quan, đơn vị"
                        + " trực thuộc", null));
        documents.create(SYSTEM, new NewDocument("123/UBND-VP", null, null, null, null, null, "Ủy ban nhân dân tỉnh",
                LocalDate.of(2024, 2, 20), null, "Về việc cập nhật văn bản lên cổng thông tin điện tử", null));
    }

    private long seedReferenceArticle(long category, long document) {
        MediaItem figure = media.upload(SYSTEM, new MediaUpload("hoi-nghi-to-soan-thao.jpg", "image/jpeg",
                DemoImages.conferenceHall(), "Các đại biểu dự hội nghị tổ soạn thảo nghị quyết",
                "Các đại biểu dự hội nghị", null));
        String body = resource("demo/reference-article.html")
                .replace("{figure.url}", figure.url())
                .replace("{figure.width}", String.valueOf(figure.width()))
                .replace("{figure.height}", String.valueOf(figure.height()));
        // The address is typed, as an editor may: the short one the reference page has, not the whole title.
        return articles.createAs(SYSTEM, new NewArticle(ArticleKind.ARTICLE, category,
                "Hội nghị tổ soạn thảo nghiên cứu, xây dựng nghị quyết \"Phát huy vai trò lãnh đạo của cấp ủy Đảng"
                        + " trong thực hiện nhiệm vụ chính trị\"",
                "hoi-nghi-to-soan-thao-nghien-cuu-xay-dung-nghi-quyet-phat-huy-vai-tro-lanh-dao",
                "Chiều 16/3/2021, Tổ soạn thảo nghiên cứu, xây dựng Nghị quyết “Phát huy vai trò lãnh đạo của cấp ủy"
                        + " đảng trong thực hiện nhiệm vụ chính trị” tổ chức hội nghị thống nhất, triển khai các nội"
                        + " dung, công việc của Tổ.",
                body, figure.id(), "Ngọc Ánh", true, document), ArticleStatus.PUBLISHED,
                LocalDateTime.of(2021, 3, 17, 8, 0).atZone(site.zone()).toInstant());
    }

    private void seedSamples(Map<String, Long> sections, Map<String, Long> covers) {
        for (SampleArticle s : readSamples()) {
            String body = "<p>" + escape(s.sapo()) + "</p><p>Bài viết mẫu: tiêu đề và tóm tắt từ bộ dữ liệu DANeS"
                    + " (DATASET JSC &amp; AIV Group, CC BY 4.0). Bài gốc: <a href=\"" + escape(s.source()) + "\">"
                    + escape(host(s.source())) + "</a>.</p>";
            articles.createAs(SYSTEM, new NewArticle(ArticleKind.ARTICLE, sections.get(s.category()), s.title(),
                    null, s.sapo(), body, covers.get(s.category()), "Theo " + host(s.source()), false, null),
                    ArticleStatus.PUBLISHED, s.published().atZone(site.zone()).toInstant());
        }
    }

    private Map<String, Long> seedPages() {
        Map<String, Long> pages = new HashMap<>();
        for (String[] page : new String[][] {
                {"gioi-thieu", "Giới thiệu"}, {"co-cau-to-chuc", "Cơ cấu tổ chức"}, {"lien-he", "Liên hệ"}}) {
            // Published now, like a page an administrator writes: no date is shown on a page.
            pages.put(page[0], articles.createAs(SYSTEM, new NewArticle(ArticleKind.PAGE, null, page[1], page[0], null,
                    resource("demo/pages/" + page[0] + ".html"), null, null, false, null), ArticleStatus.PUBLISHED,
                    null));
        }
        return pages;
    }

    private void seedMenus(Map<String, Long> sections, Map<String, Long> pages) {
        link(Menus.MAIN, null, "Trang chủ", "/");
        long about = page(Menus.MAIN, null, "Giới thiệu", pages.get("gioi-thieu"));
        page(Menus.MAIN, about, "Chức năng, nhiệm vụ", pages.get("gioi-thieu"));
        page(Menus.MAIN, about, "Cơ cấu tổ chức", pages.get("co-cau-to-chuc"));
        for (String slug : List.of("tin-hoat-dong", "xay-dung-dang", "kinh-te", "van-hoa-xa-hoi",
                "khoa-hoc-cong-nghe", "the-gioi")) {
            long item = category(null, name(slug), sections.get(slug));
            for (SectionSeed child : SECTIONS) {
                if (slug.equals(child.parent())) {
                    category(item, child.name(), sections.get(child.slug()));
                }
            }
        }
        link(Menus.MAIN, null, "Văn bản", "/van-ban");
        page(Menus.MAIN, null, "Liên hệ", pages.get("lien-he"));
        page(Menus.FOOTER, null, "Giới thiệu", pages.get("gioi-thieu"));
        page(Menus.FOOTER, null, "Cơ cấu tổ chức", pages.get("co-cau-to-chuc"));
        link(Menus.FOOTER, null, "Văn bản", "/van-ban");
        page(Menus.FOOTER, null, "Liên hệ", pages.get("lien-he"));
    }

    /** Each item goes last among its siblings: the order of these calls is the order of the menu. */
    private long link(String menu, Long parent, String label, String url) {
        return menus.add(SYSTEM, new MenuItemChange(menu, label, MenuItemChange.URL, url, null, null, id(parent)));
    }

    private long page(String menu, Long parent, String label, long page) {
        return menus.add(SYSTEM, new MenuItemChange(menu, label, MenuItemChange.PAGE, null, null,
                Long.toString(page), id(parent)));
    }

    private long category(Long parent, String label, long category) {
        return menus.add(SYSTEM, new MenuItemChange(Menus.MAIN, label, MenuItemChange.CATEGORY, null,
                Long.toString(category), null, id(parent)));
    }

    private static String id(Long id) {
        return id == null ? null : id.toString();
    }

    /** The three anniversaries of the reference page; the year counts follow the current year. */
    private void seedBanners() {
        banners.setLead(SYSTEM, "Nhiệt liệt chào mừng kỷ niệm");
        anniversary("{years} năm chiến thắng Điện Biên Phủ ({event_date} - {anniversary_date})", "1954-05-07");
        anniversary("{years} năm Ngày Giải phóng miền Nam thống nhất đất nước ({event_date} - {anniversary_date})",
                "1975-04-30");
        anniversary("{years} năm ngày tổng tuyển cử bầu Quốc hội chung của nước Việt Nam thống nhất (khóa VI)"
                + " ({event_date} - {anniversary_date})", "1976-04-25");
    }

    private void anniversary(String template, String eventDate) {
        banners.add(SYSTEM, new BannerChange(BannerChange.ANNIVERSARY, template, eventDate, null, null, null, null));
    }

    private static String name(String slug) {
        return SECTIONS.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().name();
    }

    static List<SampleArticle> readSamples() {
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
