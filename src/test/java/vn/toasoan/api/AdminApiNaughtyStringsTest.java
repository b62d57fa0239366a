package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import vn.toasoan.account.Role;

/**
 * Every string of the Big List of Naughty Strings sent by an editor's token as title, sapo, body, byline and slug
 * of one article: each field is stored or refused with its name (400), never a 500; the stored body holds nothing
 * executable. A spread of the strings written as attacks on HTML is also published, and the public page checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiNaughtyStringsTest extends AdminApiTestBase {

    static final String ARTICLES = "/api/v1/admin/articles";
    static final List<String> FIELDS = List.of("title", "sapo", "body", "byline", "slug");
    static final Pattern ATTACK = Pattern.compile("(?i)<.*(script|on\\w+\\s*=|javascript)");
    /** Publishing costs an index commit: every fifth attack is enough to see what a page makes of them. */
    static final int PUBLISH_EVERY = 5;

    private ApiClient editor;

    static List<String> naughtyStrings() {
        try (InputStream json = AdminApiNaughtyStringsTest.class.getResourceAsStream("/naughty/blns.json")) {
            return List.of(ApiClient.JSON.readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Arguments> cases() {
        List<String> all = naughtyStrings();
        int[] attacks = {0};
        return IntStream.range(0, all.size()).mapToObj(i -> {
            String text = all.get(i);
            boolean publish = ATTACK.matcher(text).find() && attacks[0]++ % PUBLISH_EVERY == 0;
            return Arguments.of(i, text, publish);
        }).toList();
    }

    @BeforeAll
    void anEditor() {
        editor = staff(Role.EDITOR).api();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void isStoredOrRefusedFieldByField(int index, String naughty, boolean publish) {
        Set<String> refused = new HashSet<>();
        HttpResponse<String> response;
        do {
            Map<String, Object> json = AdminApiArticlesTest.article("Chuỗi khó số " + index, "status",
                    publish ? "published" : "draft");
            for (String field : FIELDS) {
                if (!refused.contains(field)) {
                    json.put(field, naughty);
                }
            }
            response = editor.post(ARTICLES, json);
            assertThat(response.statusCode()).as(response.body()).isIn(201, 400);
            if (response.statusCode() == 400) {
                String field = ApiClient.body(response).get("field").asString();
                assertThat(field).isIn(FIELDS).isNotIn(refused);
                refused.add(field);
            }
        } while (response.statusCode() == 400);

        JsonNode stored = ApiClient.body(response);
        assertNothingExecutable(Jsoup.parseBodyFragment(stored.get("body").asString()));
        if (publish) {
            HttpResponse<String> page = reader().get(stored.get("url").asString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertNothingExecutable(Jsoup.parse(page.body()));
        }
    }

    static void assertNothingExecutable(Document html) {
        assertThat(html.select("script:not([src]), iframe, object, embed")).isEmpty();
        assertThat(html.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase().startsWith("on")
                        || a.getValue().strip().toLowerCase().startsWith("javascript:"))
                .map(a -> a.getKey() + "=" + a.getValue()).toList()).isEmpty();
    }
}
