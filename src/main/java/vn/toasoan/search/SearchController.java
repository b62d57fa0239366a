package vn.toasoan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.toasoan.SiteZone;
import vn.toasoan.category.Categories;
import vn.toasoan.category.Category;
import vn.toasoan.text.VietnameseDates;

/** The search page {@code /tim-kiem} and its JSON twin {@code /api/v1/search}. */
@Controller
class SearchController {

    static final String PAGE_PATH = "/tim-kiem";
    static final String ASK_FOR_WORDS = "Vui lòng nhập từ khóa cần tìm.";
    static final String NO_WORDS = "Từ khóa không có chữ hoặc số nào để tìm. Vui lòng nhập từ khóa khác.";
    /** While the index is built from the database: what it finds is true, but may not be all there is. */
    static final String BUILDING = "Chỉ mục tìm kiếm đang được xây dựng (đã xong %d%%): kết quả có thể chưa đầy đủ."
            + " Vui lòng thử lại sau ít phút.";

    private final SearchIndex index;
    private final Categories categories;
    private final SiteZone site;
    private final SearchProperties properties;

    SearchController(SearchIndex index, Categories categories, SiteZone site, SearchProperties properties) {
        this.index = index;
        this.categories = categories;
        this.site = site;
        this.properties = properties;
    }

    @GetMapping(PAGE_PATH)
    String searchPage(@RequestParam(required = false) String q, @RequestParam(required = false) String trang,
            @RequestParam(name = "chuyen-muc", required = false) String category,
            @RequestParam(required = false) String tu, @RequestParam(required = false) String den,
            @RequestParam(name = "sap-xep", required = false) String order,
            @RequestParam(required = false) String loai, Model model) {
        SearchRequest request = SearchRequest.of(q, trang, category, tu, den, order, loai);
        Answer answer = answer(request);
        List<Category> all = categories.all();
        model.addAttribute("request", request);
        model.addAttribute("results", answer.results());
        model.addAttribute("messages", answer.messages());
        model.addAttribute("categories", all);
        model.addAttribute("typeLabels", SearchRequest.typeLabels());
        model.addAttribute("categoryNames", all.stream().collect(Collectors.toMap(Category::slug, Category::name)));
        model.addAttribute("previousUrl", request.url(PAGE_PATH, answer.results().page() - 1));
        model.addAttribute("nextUrl", request.url(PAGE_PATH, answer.results().page() + 1));
        model.addAttribute("unfilteredUrl", request.urlWithoutFilters(PAGE_PATH));
        return "search/results";
    }

    @GetMapping(path = "/api/v1/search", produces = "application/json")
    @ResponseBody
    SearchResponse searchApi(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
            @RequestParam(required = false) String category, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String type) {
        SearchRequest request = SearchRequest.of(q, page, category, from, to, sort, type);
        Answer answer = answer(request);
        SearchResults results = answer.results();
        return new SearchResponse(request.q(), results.total(), results.totalExact(), results.page(), results.pages(),
                results.hits().stream().map(hit -> new SearchResponse.Result(hit.title(), hit.url(),
                        VietnameseDates.isoDateTime(hit.publishedAt(), site.get()), hit.snippetHtml(), hit.type()))
                        .toList(),
                answer.messages());
    }

    private Answer answer(SearchRequest request) {
        if (request.isBlank()) {
            return new Answer(SearchResults.nothingToSearch(properties.pageSize()), List.of(ASK_FOR_WORDS));
        }
        SearchRequest.Parsed parsed = request.parse(categories, site.get(), properties);
        SearchResults results = index.search(parsed.query());
        List<String> messages = new ArrayList<>(parsed.messages());
        if (!results.searchable()) {
            messages.add(NO_WORDS);
        }
        index.building().ifPresent(progress -> messages.add(String.format(BUILDING, progress.percent())));
        return new Answer(results, messages);
    }

    private record Answer(SearchResults results, List<String> messages) {
    }

    /**
     * The JSON answer.
     *
     * @param totalExact false when {@code total} is a lower bound (common words match more than are counted)
     * @param messages what the reader should know: an empty query, ignored parameters
     */
    record SearchResponse(String query, long total, boolean totalExact, int page, int pages, List<Result> results,
            List<String> messages) {

        /** @param snippet HTML: escaped text with the matched words in {@code <mark>} */
        record Result(String title, String url, String date, String snippet, String type) {
        }
    }
}
