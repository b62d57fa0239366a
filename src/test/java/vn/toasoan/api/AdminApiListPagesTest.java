package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.toasoan.account.Role;

/**
 * The lists of the admin API a page at a time, up to page numbers as large as an int: the offset is page × size,
 * which an int cannot hold there. A page past the end is an empty page, never an error.
 */
class AdminApiListPagesTest extends AdminApiTestBase {

    static final String LARGEST_PAGE = Integer.toString(Integer.MAX_VALUE);

    @Test
    void theArticleListAnswersThePageAsLargeAsAnIntWithNoItems() {
        Staff editor = staff(Role.EDITOR);
        ApiClient.body(editor.api().post(AdminApiArticlesTest.ARTICLES, AdminApiArticlesTest.article("Một bài")));
        long total = ApiClient.body(editor.api().get(AdminApiArticlesTest.ARTICLES)).get("total").asLong();

        for (String size : new String[] {"1", "20", "100"}) {
            HttpResponse<String> response = editor.api().get(AdminApiArticlesTest.ARTICLES + "?page=" + LARGEST_PAGE
                    + "&size=" + size);
            assertThat(response.statusCode()).as(size).isEqualTo(200);
            JsonNode page = ApiClient.body(response);
            assertThat(page.get("items").size()).as(size).isZero();
            assertThat(page.get("page").asLong()).isEqualTo(Integer.MAX_VALUE);
            assertThat(page.get("size").asInt()).isEqualTo(Integer.parseInt(size));
            assertThat(page.get("total").asLong()).isEqualTo(total);
            assertThat(page.get("pages").asLong()).isEqualTo((total + Integer.parseInt(size) - 1)
                    / Integer.parseInt(size));
        }
        HttpResponse<String> beyondAnInt = editor.api().get(AdminApiArticlesTest.ARTICLES + "?page=99999999999");
        assertThat(beyondAnInt.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(beyondAnInt).get("field").asString()).isEqualTo("page");
    }

    @Test
    void theDocumentListAnswersThePageAsLargeAsAnIntWithNoItems() {
        Staff author = staff(Role.AUTHOR);
        long total = ApiClient.body(author.api().get(AdminApiSiteStructureTest.DOCUMENTS)).get("total").asLong();
        assertThat(total).as("the demo content's documents").isPositive();

        for (String size : new String[] {"1", "20", "100"}) {
            HttpResponse<String> response = author.api().get(AdminApiSiteStructureTest.DOCUMENTS + "?page="
                    + LARGEST_PAGE + "&size=" + size);
            assertThat(response.statusCode()).as(size).isEqualTo(200);
            JsonNode page = ApiClient.body(response);
            assertThat(page.get("items").size()).as(size).isZero();
            assertThat(page.get("page").asLong()).isEqualTo(Integer.MAX_VALUE);
            assertThat(page.get("total").asLong()).isEqualTo(total);
            assertThat(page.get("pages").asLong()).isEqualTo((total + Integer.parseInt(size) - 1)
                    / Integer.parseInt(size));
        }
        HttpResponse<String> words = author.api().get(AdminApiSiteStructureTest.DOCUMENTS + "?q=kh&page="
                + LARGEST_PAGE);
        assertThat(words.statusCode()).isEqualTo(200);
        assertThat(ApiClient.body(words).get("items").size()).isZero();
    }
}
