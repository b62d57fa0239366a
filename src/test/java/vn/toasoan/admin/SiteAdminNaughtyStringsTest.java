package vn.toasoan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.banner.BannerChange;
import vn.toasoan.banner.Banners;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.menu.MenuItemChange;
import vn.toasoan.menu.Menus;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.WebClient;
import vn.toasoan.text.TypedText;

/**
 * Every string of the Big List of Naughty Strings (src/test/resources/naughty) typed into every text field of the
 * site-structure and people pages: category name and description, menu label, banner text, site name and footer,
 * a member of staff's name and pen name. Each is saved or refused with a message, never a 500, and shows on the
 * public page as text: never as markup or script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=site-admin-naughty-test", "toasoan.demo.enabled=false",
    "toasoan.account.admin-password=" + SiteAdminNaughtyStringsTest.PASSWORD})
@Import(FixedClockConfiguration.class)
class SiteAdminNaughtyStringsTest {

    static final String PASSWORD = "quan-tri-chuoi-doc-1";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Categories categories;

    @Autowired
    Menus menus;

    @Autowired
    Banners banners;

    static List<String> naughtyStrings() {
        try (InputStream json = SiteAdminNaughtyStringsTest.class.getResourceAsStream("/naughty/blns.json")) {
            return List.of(JsonMapper.builder().build().readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is shown when it is saved: one line, or several. */
    enum Shape { LINE, LINES }

    /** One text field: where it is posted, and what the page should show now. */
    final class Field {
        final String name;
        final Shape shape;
        String shown;
        int saved;
        int refused;

        Field(String name, Shape shape, String initial) {
            this.name = name;
            this.shape = shape;
            this.shown = initial;
        }

        /** Records the answer to a post that typed {@code typed} into this field. */
        void answered(SoftAssertions softly, HttpResponse<String> response, String typed) {
            if (response.statusCode() == 302) {
                saved++;
                shown = shape == Shape.LINE ? TypedText.line(typed) : TypedText.lines(typed);
            } else {
                refused++;
                softly.assertThat(response.statusCode()).as(name + " " + printable(typed)).isEqualTo(200);
                softly.assertThat(Jsoup.parse(response.body()).select(".nr-field-error").text())
                        .as(name + " refused without a message: " + printable(typed)).isNotEmpty();
            }
        }
    }

    @Test
    void everyNaughtyStringIsSavedOrRefusedCleanlyAndShownAsText() {
        long category = categories.create(Actor.system(), new CategoryChange("Chuỗi độc", "chuoi-doc", null, null,
                true));
        long menuItem = menus.add(Actor.system(), new MenuItemChange(Menus.MAIN, "Mục menu", MenuItemChange.URL, "/",
                null, null, null));
        long banner = banners.add(Actor.system(), new BannerChange(BannerChange.PLAIN, "Băng chữ", null, null, null,
                null, null));
        NewsroomClient admin = new StaffLogins(accounts, port).admin(PASSWORD);
        WebClient reader = new WebClient(port);
        String token = NewsroomClient.csrf(admin.page("/quan-tri/tai-khoan"));

        Field categoryName = new Field("category name", Shape.LINE, "Chuỗi độc");
        Field description = new Field("category description", Shape.LINES, null);
        Field label = new Field("menu label", Shape.LINE, "Mục menu");
        Field bannerText = new Field("banner text", Shape.LINE, "Băng chữ");
        Field siteName = new Field("site name", Shape.LINE, "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh");
        Field footer = new Field("site footer", Shape.LINES, null);
        Field displayName = new Field("display name", Shape.LINE, "Quản trị viên");
        Field penName = new Field("pen name", Shape.LINE, null);

        SoftAssertions softly = new SoftAssertions();
        for (String s : naughtyStrings()) {
            String what = printable(s);
            categoryName.answered(softly, admin.post("/quan-tri/chuyen-muc/" + category, fields(token,
                    "name", s, "slug", "chuoi-doc", "description", "", "parentId", "", "showOnHome", "true")), s);
            description.answered(softly, admin.post("/quan-tri/chuyen-muc/" + category, fields(token,
                    "name", "Chuỗi độc", "slug", "chuoi-doc", "description", s, "parentId", "")), s);
            categoryName.shown = "Chuỗi độc";
            label.answered(softly, admin.post("/quan-tri/menu/" + menuItem, fields(token, "menu", "main",
                    "label", s, "target", "url", "url", "/")), s);
            bannerText.answered(softly, admin.post("/quan-tri/banner/" + banner, fields(token, "kind", "plain",
                    "template", s)), s);
            siteName.answered(softly, admin.post("/quan-tri/cai-dat", fields(token, "name", s, "footerText", s,
                    "zone", "Asia/Ho_Chi_Minh")), s);
            if (siteName.shown.equals(TypedText.line(s))) {
                footer.shown = TypedText.lines(s);
            }
            displayName.answered(softly, admin.post("/quan-tri/tai-khoan/ten", fields(token, "displayName", s,
                    "penName", s)), s);
            if (displayName.shown.equals(TypedText.line(s))) {
                penName.shown = TypedText.line(s);
            }
            HttpResponse<String> preview = admin.get("/quan-tri/banner/xem-truoc?kind=anniversary&eventDate=1954-05-07"
                    + "&template=" + URLEncoder.encode(s, StandardCharsets.UTF_8));
            softly.assertThat(preview.statusCode()).as("preview " + what).isIn(200, 400);

            Document home = page(softly, reader, "/", what);
            Document categoryPage = page(softly, reader, "/chuyen-muc/chuoi-doc", what);
            Document own = page(softly, admin, "/quan-tri/tai-khoan", what);
            if (home == null || categoryPage == null || own == null) {
                continue;
            }
            softly.assertThat(home.select("nav.main-nav ul.menu > li > a").first().text()).as("menu " + what)
                    .isEqualTo(asText(label.shown));
            softly.assertThat(home.select(".banner-text").text()).as("banner " + what)
                    .isEqualTo(asText(bannerText.shown + "."));
            softly.assertThat(home.select(".brand-name").text()).as("site name " + what).isEqualTo(asText(siteName.shown));
            softly.assertThat(home.select(".footer-text").text()).as("footer " + what)
                    .isEqualTo(footer.shown == null ? "" : asText(String.join(" ", footer.shown.split("\n"))));
            softly.assertThat(categoryPage.select("h1").text()).as("category name " + what)
                    .isEqualTo(asText(categoryName.shown));
            softly.assertThat(categoryPage.select(".page-intro").text()).as("description " + what)
                    .isEqualTo(description.shown == null ? "" : asText(description.shown));
            softly.assertThat(own.select("#displayName").val()).as("display name " + what)
                    .isEqualTo(displayName.shown);
            for (Document page : List.of(home, categoryPage, own)) {
                softly.assertThat(executable(page)).as("executable output for " + what).isEmpty();
            }
        }
        softly.assertAll();
        // Most strings are ordinary text to these fields; a few are refused (too long, no letters, a placeholder).
        for (Field field : List.of(categoryName, description, label, bannerText, siteName, displayName)) {
            assertThat(field.saved + field.refused).as(field.name).isEqualTo(515);
            assertThat(field.saved).as(field.name + " saved").isGreaterThan(450);
        }
    }

    Map<String, String> fields(String token, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    static Document page(SoftAssertions softly, Object client, String path, String what) {
        HttpResponse<String> response = client instanceof NewsroomClient staff ? staff.get(path)
                : ((WebClient) client).get(path);
        softly.assertThat(response.statusCode()).as(path + " after " + what).isEqualTo(200);
        return response.statusCode() == 200 ? Jsoup.parse(response.body()) : null;
    }

    /** The text a browser shows for {@code text} written into an element: jsoup folds white space the same way. */
    static String asText(String text) {
        return new Element("p").text(text).text();
    }

    static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action", "formaction", "data",
            "poster", "background", "xlink:href", "srcset");

    /** Anything a string could have turned into that runs: inline script, event handlers, script URLs, frames. */
    static List<String> executable(Document page) {
        List<String> found = new java.util.ArrayList<>();
        page.select("script:not([src]), iframe, object, embed, frame, frameset, base, meta[http-equiv]")
                .forEach(e -> found.add(e.tagName()));
        page.select("script[src]").stream().map(e -> e.attr("src")).filter(src -> !src.startsWith("/js/"))
                .forEach(found::add);
        for (Element e : page.getAllElements()) {
            e.attributes().forEach(a -> {
                String key = a.getKey().toLowerCase();
                String value = a.getValue().strip().toLowerCase();
                boolean url = URL_ATTRIBUTES.contains(key);
                if (key.startsWith("on") || (url && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:text/html")))) {
                    found.add(e.tagName() + "[" + a.getKey() + "=" + a.getValue() + "]");
                }
            });
        }
        return found;
    }

    static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(80).forEach(c -> out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return "\"" + out + (s.length() > 80 ? "…" : "") + "\"";
    }
}
