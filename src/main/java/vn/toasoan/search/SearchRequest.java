package vn.toasoan.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import vn.toasoan.category.Categories;
import vn.toasoan.text.VietnameseDates;
import vn.toasoan.text.VietnameseText;

/**
 * A reader's search as it arrives in the address bar ({@code q}, {@code trang}, {@code chuyen-muc}, {@code tu},
 * {@code den}, {@code sap-xep}, {@code loai}), read leniently: a parameter that makes no sense is ignored with a
 * message in Vietnamese, never an error page. Text is NFC from here on. Public only so that the search page's
 * template can read it.
 */
public record SearchRequest(String q, int page, String category, String from, String to, String order, String type) {

    static final String NEWEST = "moi-nhat";
    /** The public names of the content types (the page's), and the API's names for them. */
    private static final Map<String, String> TYPES = Map.of(
            "bai-viet", ArticleSearchSource.ARTICLE, "trang", ArticleSearchSource.PAGE,
            "van-ban", DocumentSearchSource.DOCUMENT,
            ArticleSearchSource.ARTICLE, ArticleSearchSource.ARTICLE, ArticleSearchSource.PAGE, ArticleSearchSource.PAGE,
            DocumentSearchSource.DOCUMENT, DocumentSearchSource.DOCUMENT);

    /** How a result's content type is labelled on the search page. */
    private static final Map<String, String> TYPE_LABELS = Map.of(
            ArticleSearchSource.ARTICLE, "Bài viết", ArticleSearchSource.PAGE, "Trang",
            DocumentSearchSource.DOCUMENT, "Văn bản");

    /** The labels of the content types for the page ("document" → "Văn bản"). */
    static Map<String, String> typeLabels() {
        return TYPE_LABELS;
    }

    static SearchRequest of(String q, String page, String category, String from, String to, String order,
            String type) {
        return new SearchRequest(clean(q), pageNumber(page), clean(category), clean(from), clean(to), clean(order),
                clean(type));
    }

    /** What the index is asked, and what the reader is told about the parameters that were ignored. */
    record Parsed(SearchQuery query, List<String> messages) {
    }

    Parsed parse(Categories categories, ZoneId zone, SearchProperties properties) {
        List<String> messages = new ArrayList<>();
        if (q.codePointCount(0, q.length()) > properties.maxQueryLength()) {
            messages.add("Từ khóa quá dài: chỉ tìm theo " + properties.maxQueryLength() + " ký tự đầu.");
        }
        Set<String> slugs = Set.of();
        if (!category.isEmpty()) {
            slugs = categories.bySlug(category)
                    .map(c -> categories.withDescendants(c.id()).stream()
                            .map(id -> categories.byId(id).orElseThrow().slug()).collect(Collectors.toSet()))
                    .orElse(Set.of());
            if (slugs.isEmpty()) {
                messages.add("Không có chuyên mục này; kết quả lấy từ mọi chuyên mục.");
            }
        }
        Optional<LocalDate> fromDate = date(from, "Từ ngày", messages);
        Optional<LocalDate> toDate = date(to, "Đến ngày", messages);
        if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().isAfter(toDate.get())) {
            messages.add("“Từ ngày” sau “Đến ngày”: bỏ qua khoảng ngày.");
            fromDate = Optional.empty();
            toDate = Optional.empty();
        }
        Set<String> types = type.isEmpty() || !TYPES.containsKey(type) ? Set.of() : Set.of(TYPES.get(type));
        return new Parsed(new SearchQuery(q, page, properties.pageSize(), slugs,
                fromDate.map(d -> d.atStartOfDay(zone).toInstant()).orElse(null),
                toDate.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()).orElse(null), types,
                NEWEST.equals(order) ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE), messages);
    }

    /** The address of another page of the same search. */
    String url(String path, int otherPage) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).queryParam("q", q);
        param(url, "chuyen-muc", category);
        param(url, "tu", from);
        param(url, "den", to);
        param(url, "sap-xep", order);
        param(url, "loai", type);
        if (otherPage > 1) {
            url.queryParam("trang", otherPage);
        }
        return url.encode().build().toUriString();
    }

    public boolean isBlank() {
        return q.isBlank();
    }

    /** Whether a category, a date or a type narrows the search (the order does not). */
    public boolean isFiltered() {
        return !category.isEmpty() || !from.isEmpty() || !to.isEmpty() || !type.isEmpty();
    }

    /** The address of the same words searched everywhere, in the same order: offered when the filters found none. */
    String urlWithoutFilters(String path) {
        return new SearchRequest(q, 1, "", "", "", order, "").url(path, 1);
    }

    private static void param(UriComponentsBuilder url, String name, String value) {
        if (!value.isEmpty()) {
            url.queryParam(name, value);
        }
    }

    private static Optional<LocalDate> date(String text, String label, List<String> messages) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = VietnameseDates.parseDayMonthYear(text);
        if (date.isEmpty()) {
            messages.add("“" + label + "” không phải một ngày dạng ngày/tháng/năm (ví dụ 17/03/2021): bỏ qua.");
        }
        return date;
    }

    private static String clean(String value) {
        return value == null ? "" : VietnameseText.nfc(value).strip();
    }

    /** Anything but a small positive number is the first page; deep pages stop where results stop. */
    private static int pageNumber(String value) {
        if (value == null || value.isEmpty() || value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value));
    }
}
