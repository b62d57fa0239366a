package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is written by hand: these checks keep it in step with the controllers — every route, every
 * field a request takes and every field an answer gives — and keep its references whole.
 */
class OpenApiDocumentTest extends AdminApiTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document() {
        HttpResponse<String> response = anonymous().get(OpenApiController.PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        return ApiClient.body(response);
    }

    @Test
    void isServedToAnyoneAndCacheable() {
        HttpResponse<String> response = anonymous().get(OpenApiController.PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=3600, public");
        String etag = response.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = anonymous().send(anonymous().request(OpenApiController.PATH)
                .header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);

        JsonNode json = ApiClient.body(response);
        assertThat(json.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(json.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(json.at("/security/0").has("bearerAuth")).isTrue();
        assertThat(json.at("/components/schemas/Error/required").valueStream().map(JsonNode::asString))
                .containsExactly("status", "error");
    }

    @Test
    void describesEveryRouteOfTheAdminApiAndNoOther() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String path : info.getPatternValues()) {
                if (path.startsWith(ApiSecurityConfiguration.ADMIN_API + "/")
                        || path.equals(ApiSecurityConfiguration.ADMIN_API)) {
                    info.getMethodsCondition().getMethods()
                            .forEach(verb -> mapped.add(verb.name().toLowerCase(Locale.ROOT) + " " + path));
                }
            }
        });
        Set<String> described = new TreeSet<>();
        document().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!operation.getKey().equals("parameters")) {
                described.add(operation.getKey() + " " + path.getKey());
            }
        }));

        assertThat(mapped).hasSizeGreaterThan(20);
        assertThat(described).isEqualTo(mapped);
    }

    @Test
    void describesTheFieldsEveryRequestTakes() {
        JsonNode schemas = document().at("/components/schemas");
        assertThat(properties(schemas.get("ArticleCreate"))).containsExactlyElementsOf(ArticleRequest.CREATE_FIELDS);
        assertThat(properties(schemas.get("ArticleUpdate"))).containsExactlyElementsOf(ArticleRequest.UPDATE_FIELDS);
        assertThat(properties(schemas.get("CategoryInput"))).containsExactlyElementsOf(CategoryApiController.FIELDS);
        assertThat(properties(schemas.get("DocumentInput"))).containsExactlyElementsOf(DocumentApiController.FIELDS);
        assertThat(properties(schemas.get("DocumentUpdate")))
                .containsExactlyElementsOf(DocumentApiController.UPDATE_FIELDS);
    }

    @Test
    void describesTheFieldsEveryAnswerGives() {
        JsonNode schemas = document().at("/components/schemas");
        assertThat(properties(schemas.get("Article"))).containsExactlyElementsOf(components(ArticleJson.class));
        assertThat(properties(schemas.get("ArticleItem")))
                .containsExactlyElementsOf(components(ArticleJson.Item.class));
        assertThat(properties(schemas.get("ArticlePage")))
                .containsExactlyElementsOf(components(ArticleJson.Page.class));
        assertThat(properties(schemas.get("Category")))
                .containsExactlyElementsOf(components(CategoryApiController.CategoryJson.class));
        assertThat(properties(schemas.get("Document")))
                .containsExactlyElementsOf(components(DocumentApiController.DocumentJson.class));
        assertThat(properties(schemas.get("DocumentPage")))
                .containsExactlyElementsOf(components(DocumentApiController.DocumentList.class));
        assertThat(properties(schemas.get("Media")))
                .containsExactlyElementsOf(components(MediaApiController.MediaJson.class));
    }

    @Test
    void everyReferenceLeadsSomewhere() {
        JsonNode json = document();
        List<String> refs = new ArrayList<>();
        collectRefs(json, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(json.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    static List<String> properties(JsonNode schema) {
        return new ArrayList<>(schema.get("properties").propertyNames());
    }

    static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("$ref")) {
                    refs.add(entry.getValue().asString());
                } else {
                    collectRefs(entry.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
