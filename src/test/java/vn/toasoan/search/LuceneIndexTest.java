package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.toasoan.document.DocumentSymbol;

/** Matching, ranking, filters and snippets of the index itself, without Spring. */
class LuceneIndexTest {

    static final Instant NOW = Instant.parse("2026-05-07T03:00:00Z");

    @TempDir
    Path dir;

    LuceneIndex index;

    @BeforeEach
    void open() throws IOException {
        index = LuceneIndex.open(dir);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void queryWithDiacriticsRanksTheExactWordFirstAndQueryWithoutFindsBoth() throws IOException {
        add(doc("1", "Mở rộng con đường ven biển", "Tỉnh khởi công mở rộng tuyến ven biển phía đông.", "kinh-te", 10));
        add(doc("2", "Bảo vệ đại dương ven biển", "Tỉnh phát động bảo vệ vùng ven biển phía đông.", "kinh-te", 9));

        assertThat(ids("đường")).containsExactly("1", "2");
        assertThat(ids("dương")).containsExactly("2", "1");
        assertThat(ids("duong")).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void wordsTogetherRankAboveTheSameWordsApart() throws IOException {
        // Same title, same length: only the distance between the two syllables differs.
        add(doc("scattered", "Hội thảo về công tác cán bộ", "Các đại biểu nghị bàn rồi biểu quyết chương trình làm việc.",
                "xay-dung-dang", 10));
        add(doc("phrase", "Hội thảo về công tác cán bộ", "Các đại biểu thông qua nghị quyết về chương trình làm việc.",
                "xay-dung-dang", 10));

        assertThat(ids("nghị quyết")).containsExactly("phrase", "scattered");
        assertThat(ids("nghi quyet")).containsExactly("phrase", "scattered");
    }

    @Test
    void quotedWordsMustStandTogetherAsTyped() throws IOException {
        add(doc("together", "Học tập nghị quyết", "Các chi bộ học tập nghị quyết của Đảng ủy.", null, 10));
        add(doc("apart", "Họp chi bộ", "Các đảng viên nghị bàn rồi biểu quyết chương trình.", null, 9));
        add(doc("road", "Mở rộng con đường ven biển", "Khởi công tuyến đường mới.", null, 8));
        add(doc("ocean", "Bảo vệ đại dương", "Làm sạch bờ biển và đại dương.", null, 7));

        assertThat(ids("nghị quyết")).containsExactlyInAnyOrder("together", "apart");
        assertThat(ids("\"nghị quyết\"")).containsExactly("together");
        assertThat(ids("“nghi quyet”")).containsExactly("together");
        assertThat(ids("\"quyết nghị\"")).isEmpty();
        assertThat(ids("chi bộ \"nghị quyết\"")).containsExactly("together");
        // With diacritics, quoted words must be written so; without, any marks match.
        assertThat(ids("duong")).containsExactlyInAnyOrder("road", "ocean");
        assertThat(ids("\"đường\"")).containsExactly("road");
        assertThat(ids("\"dương\"")).containsExactly("ocean");
        assertThat(ids("\"duong\"")).containsExactlyInAnyOrder("road", "ocean");
        // A quote left open, or nothing but punctuation in quotes, is no quote.
        assertThat(ids("\"nghị quyết")).containsExactlyInAnyOrder("together", "apart");
        assertThat(ids("nghị quyết \"!!!\"")).containsExactlyInAnyOrder("together", "apart");
    }

    @Test
    void noPhraseOrPairSpansTheTitleAndTheTextAfterIt() throws IOException {
        add(doc("across", "Các chi bộ học tập", "Nghị quyết được phổ biến tới đảng viên.", null, 1));
        add(doc("within", "Học tập nghị quyết", "Các chi bộ phổ biến tới đảng viên.", null, 1));

        assertThat(ids("\"tập nghị\"")).containsExactly("within");
        assertThat(ids("tập nghị")).containsExactly("within", "across");
    }

    @Test
    void everyWordMustMatchInShortQueries() throws IOException {
        add(doc("1", "Kỷ niệm chiến thắng Điện Biên Phủ", "Lễ kỷ niệm 72 năm.", null, 10));
        add(doc("2", "Phủ xanh đồi trọc ở Điện Biên", "Trồng rừng.", null, 9));
        add(doc("3", "Biên giới", "Tuần tra biên giới.", null, 8));

        assertThat(ids("Điện Biên Phủ")).containsExactly("1", "2");
        assertThat(ids("dien bien phu")).containsExactly("1", "2");
    }

    @Test
    void tonePlacementDoesNotMatterInTextOrQuery() throws IOException {
        add(doc("1", "Hòa Bình đón khách", "Thủy điện Hòa Bình.", null, 10));

        assertThat(ids("hoà bình")).containsExactly("1");
        assertThat(ids("thuỷ điện")).containsExactly("1");
        assertThat(ids("hoa binh")).containsExactly("1");
    }

    @Test
    void filtersByCategoryDateAndTypeAndSortsByDate() throws IOException {
        add(doc("old", "Hội nghị tổng kết", "Hội nghị năm trước.", "kinh-te", 400));
        add(doc("new", "Hội nghị sơ kết", "Hội nghị tháng này.", "van-hoa", 3));
        add(new SearchDocument("page", "page", "Hội nghị", "", "Trang giới thiệu hội nghị.", null,
                NOW.minusSeconds(86_400 * 100), "/trang/hoi-nghi"));

        assertThat(ids(query("hoi nghi", Set.of("kinh-te"), null, null, Set.of(), SearchQuery.Order.RELEVANCE)))
                .containsExactly("old");
        assertThat(ids(query("hoi nghi", Set.of(), NOW.minusSeconds(86_400 * 30), null, Set.of(),
                SearchQuery.Order.RELEVANCE))).containsExactly("new");
        assertThat(ids(query("hoi nghi", Set.of(), null, NOW.minusSeconds(86_400 * 30), Set.of(),
                SearchQuery.Order.NEWEST))).containsExactly("page", "old");
        assertThat(ids(query("hoi nghi", Set.of(), null, null, Set.of("article"), SearchQuery.Order.NEWEST)))
                .containsExactly("new", "old");
    }

    @Test
    void scheduledItemsStayHiddenUntilTheirTime() throws IOException {
        add(doc("later", "Thông báo lịch tiếp dân", "Lịch tiếp dân.", null, -1));

        assertThat(ids("tiếp dân")).isEmpty();
        assertThat(index.search(SearchQuery.of("tiếp dân", 10), "tiếp dân", NOW.plusSeconds(86_400)).total())
                .isEqualTo(1);
    }

    @Test
    void updateReplacesAndDeleteRemoves() throws IOException {
        add(doc("1", "Tin cũ", "Nội dung cũ.", null, 1));
        add(doc("1", "Tin mới", "Nội dung mới.", null, 1));

        assertThat(ids("tin")).containsExactly("1");
        assertThat(ids("cũ")).isEmpty();
        index.delete("1");
        index.refresh();
        assertThat(ids("tin")).isEmpty();
    }

    @Test
    void snippetMarksFoldedMatchesInTheOriginalTextAndEscapesTheRest() throws IOException {
        add(doc("1", "Giao thông", "Khánh thành <b>con đường</b> & cây cầu mới.", null, 1));

        SearchResults results = index.search(SearchQuery.of("duong", 10), "duong", NOW);

        assertThat(results.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.snippetHtml()).isEqualTo("Khánh thành &lt;b&gt;con <mark>đường</mark>&lt;/b&gt; &amp; cây cầu mới.");
            assertThat(hit.title()).isEqualTo("Giao thông");
            assertThat(hit.url()).isEqualTo("/tin-tuc/1");
            assertThat(hit.publishedAt()).isEqualTo(NOW.minusSeconds(86_400));
        });
    }

    @Test
    void theWholeTitleIsEscapedWithEveryMatchedWordMarked() throws IOException {
        String title = "Khánh thành <con> đường ven biển dài nhất & rộng nhất tỉnh, nối các xã ven biển phía Đông";
        add(doc("1", title, "Nội dung.", null, 1));

        SearchHit hit = index.search(SearchQuery.of("duong ven bien", 10), "duong ven bien", NOW).hits().get(0);

        assertThat(hit.title()).isEqualTo(title);
        assertThat(hit.titleHtml()).isEqualTo("Khánh thành &lt;con&gt; <mark>đường</mark> <mark>ven</mark>"
                + " <mark>biển</mark> dài nhất &amp; rộng nhất tỉnh, nối các xã <mark>ven</mark> <mark>biển</mark>"
                + " phía Đông");
    }

    @Test
    void queriesWithoutWordsAreNotSearched() throws IOException {
        add(doc("1", "Tin", "Nội dung.", null, 1));

        assertThat(index.search(SearchQuery.of("!!! ??? :(", 10), "!!! ??? :(", NOW).searchable()).isFalse();
        assertThat(index.search(SearchQuery.of("title:(", 10), "title:(", NOW).searchable()).isTrue();
    }

    @Test
    void pagesAndTotals() throws IOException {
        for (int i = 1; i <= 25; i++) {
            add(doc(String.valueOf(i), "Tin số " + i, "Nội dung.", null, i));
        }
        SearchResults third = index.search(new SearchQuery("tin", 3, 10, Set.of(), null, null, Set.of(),
                SearchQuery.Order.NEWEST), "tin", NOW);

        assertThat(third.total()).isEqualTo(25);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.hits()).extracting(SearchHit::id).containsExactly("21", "22", "23", "24", "25");
    }

    @Test
    void resultsStopAtAThousand() throws IOException {
        for (int i = 1; i <= 1_050; i++) {
            index.update(doc(String.valueOf(i), "Tin số " + i, "Nội dung.", null, 1), 1);
        }
        index.refresh();

        SearchResults last = index.search(new SearchQuery("tin", 100, 10, Set.of(), null, null, Set.of(),
                SearchQuery.Order.RELEVANCE), "tin", NOW);
        SearchResults beyond = index.search(new SearchQuery("tin", 101, 10, Set.of(), null, null, Set.of(),
                SearchQuery.Order.RELEVANCE), "tin", NOW);

        assertThat(last.total()).isGreaterThanOrEqualTo(1_000);
        assertThat(last.pages()).isEqualTo(100);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hits()).hasSize(10);
        assertThat(beyond.hits()).isEmpty();
    }

    @Test
    void aCorruptIndexIsReplacedByAnEmptyOne() throws IOException {
        add(doc("1", "Tin", "Nội dung.", null, 1));
        index.commit();
        index.close();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        index = LuceneIndex.open(dir);

        assertThat(index.recreated()).isTrue();
        assertThat(index.count(Set.of())).isZero();
        add(doc("2", "Tin", "Nội dung.", null, 1));
        assertThat(ids("tin")).containsExactly("2");
    }

    @Test
    void phrasesReorderTheBestResultsAndEveryPageAgreesWithTheOthers() throws IOException {
        int count = LuceneIndex.RESCORE_TOP + 25;
        for (int i = 0; i < count; i++) {
            String body = i % 2 == 0 ? "Các chi bộ học tập nghị quyết số " + i + "."
                    : "Nghị bàn rồi biểu quyết số " + i + ".";
            add(doc("d" + i, "Tin chi bộ " + i, body, null, 1 + i % 7));
        }
        for (int i = 0; i < 300; i++) {
            add(doc("other" + i, "Tin thể thao " + i, "Đội bóng thắng trận số " + i + ".", null, 1));
        }
        List<String> all = ids(query("nghi quyet", Set.of(), null, null, Set.of(), SearchQuery.Order.RELEVANCE,
                1, count));
        assertThat(all).hasSize(count).doesNotHaveDuplicates();
        // The phrase lifts its documents among the best of the first pass.
        assertThat(Integer.parseInt(all.get(0).substring(1)) % 2).isZero();
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 1; page <= (count + 9) / 10; page++) {
            paged.addAll(ids(query("nghi quyet", Set.of(), null, null, Set.of(), SearchQuery.Order.RELEVANCE, page, 10)));
        }
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void commonWordsTogetherRankAboveTheSameWordsApartOnEveryPage() throws IOException {
        // Apart, the words are in shorter texts and score more alone: without pairs these would come first, and the
        // phrase rescoring of the first page would not see the others.
        int each = LuceneIndex.RESCORE_TOP + 10;
        for (int i = 0; i < each; i++) {
            add(doc("apart" + i, "Tin " + i, "Người vui, dân vui.", null, 1));
            add(doc("together" + i, "Tin " + i, "Người dân phấn khởi đón xuân mới trên khắp các miền quê hương.", null,
                    1));
        }

        List<String> all = ids(query("nguoi dan", Set.of(), null, null, Set.of(), SearchQuery.Order.RELEVANCE, 1,
                2 * each));

        assertThat(all).hasSize(2 * each);
        assertThat(all.subList(0, each)).allSatisfy(id -> assertThat(id).startsWith("together"));
        assertThat(all.subList(each, 2 * each)).allSatisfy(id -> assertThat(id).startsWith("apart"));
    }

    @Test
    void anIndexWrittenByAnEarlierVersionIsOutdatedUntilRebuilt() throws IOException {
        assertThat(index.outdated()).as("a new index").isFalse();
        index.close();
        // What an earlier version left: documents, and commit data without a format.
        try (IndexWriter earlier = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
            earlier.addDocument(new Document());
            earlier.setLiveCommitData(Map.of("toasoan.lastRebuild", "2026-01-02T03:04:05Z").entrySet());
            earlier.commit();
        }

        index = LuceneIndex.open(dir);
        assertThat(index.outdated()).isTrue();
        assertThat(index.lastRebuild()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));

        index.markRebuilt(NOW);
        index.commit();
        index.close();
        index = LuceneIndex.open(dir);
        assertThat(index.outdated()).isFalse();
        assertThat(index.lastRebuild()).isEqualTo(NOW);
    }

    @Test
    void aSymbolHoweverTypedFindsItsDocumentFirst() throws IOException {
        // Articles citing the plan by its symbol, in the title and again in the text, compete with the document.
        add(doc("cites", "Triển khai Kế hoạch số 14-KH/ĐU của Đảng ủy",
                "Thực hiện Kế hoạch 14-KH/ĐU, các chi bộ 14 KH ĐU họp bàn kế hoạch số 14-KH/ĐU.", null, 1));
        add(doc("other", "Kế hoạch số 15-KH/ĐU", "Kế hoạch 15-KH/ĐU về công tác năm 2021 của Đảng ủy.", null, 1));
        add(document("plan", "Kế hoạch số 14-KH/ĐU", "Về tổ chức đại hội chi bộ nhiệm kỳ 2022 - 2025",
                "Đảng ủy Khối", "14-KH/ĐU", 30));
        add(document("decree", "Nghị định số 42/2022/NĐ-CP", "Quy định về cung cấp thông tin", "Chính phủ",
                "42/2022/NĐ-CP", 60));

        for (String query : List.of("14-KH/ĐU", "14-kh/du", "14 KH ĐU", "14KHDU", "14 – KH/ĐU", "kế hoạch 14-KH/ĐU",
                "Kế hoạch số 14-KH/ĐU")) {
            assertThat(ids(query)).as(query).first().isEqualTo("plan");
        }
        assertThat(ids("14khdu")).containsExactly("plan");
        assertThat(ids("42/2022/ND-CP")).first().isEqualTo("decree");
        assertThat(ids("nghi dinh 42/2022/nđ-cp")).first().isEqualTo("decree");
        // Only a whole symbol counts: part of one is searched as words.
        assertThat(ids("KH/ĐU")).doesNotContain("decree").contains("plan", "cites", "other");
    }

    @Test
    void aNumberWithLeadingZerosIsTheSameSymbolForSearchAsForTheRegistry() throws IOException {
        // The registry takes "014-KH/ĐU" and "14-KH/ĐU" for one symbol: the number counts, not how it is written.
        assertThat(DocumentSymbol.parse("014-KH/ĐU").map(DocumentSymbol::key))
                .isEqualTo(DocumentSymbol.parse("14-KH/ĐU").map(DocumentSymbol::key)).hasValue("14-KH/DU");
        add(document("plan", "Kế hoạch số 014-KH/ĐU", "Về tổ chức đại hội chi bộ", "Đảng ủy Khối", "014-KH/ĐU", 30));
        add(document("decree", "Nghị định số 42/2022/NĐ-CP", "Quy định về cung cấp thông tin", "Chính phủ",
                "42/2022/NĐ-CP", 60));

        for (String query : List.of("14-KH/ĐU", "014-KH/ĐU", "0014 kh đu", "14KHDU", "Kế hoạch số 14-KH/ĐU")) {
            assertThat(ids(query)).as(query).first().isEqualTo("plan");
        }
        assertThat(ids("042/2022/NĐ-CP")).first().isEqualTo("decree");
        assertThat(LuceneIndex.symbolKey("014-KH/ĐU")).isEqualTo(LuceneIndex.symbolKey("14-KH/ĐU"));
    }

    @Test
    void symbolKeysAreLowerCaseFoldedLettersAndDigits() {
        assertThat(LuceneIndex.symbolKey("14-KH/ĐU")).isEqualTo("14khdu");
        assertThat(LuceneIndex.symbolKey("42/2022/NĐ-CP")).isEqualTo("422022ndcp");
        assertThat(LuceneIndex.symbolKey("  14 – kh / đu ")).isEqualTo("14khdu");
        assertThat(LuceneIndex.symbolKeys("Kế hoạch số 14-KH/ĐU")).containsExactly("kehoachso14khdu", "14khdu");
        assertThat(LuceneIndex.symbolKeys("nghị quyết đảng ủy")).isEmpty();
        assertThat(LuceneIndex.symbolKeys("")).isEmpty();
    }

    @Test
    void documentsAreFilteredByTypeAndFoundByTheirText() throws IOException {
        add(doc("article", "Đại hội chi bộ nhiệm kỳ 2022", "Chi bộ tổ chức đại hội.", null, 1));
        add(document("plan", "Kế hoạch số 14-KH/ĐU", "Về tổ chức đại hội chi bộ nhiệm kỳ 2022 - 2025",
                "Đảng ủy Khối\nCác chi bộ hoàn thành đại hội trước quý III", "14-KH/ĐU", 30));

        assertThat(ids("dai hoi chi bo")).containsExactlyInAnyOrder("article", "plan");
        assertThat(ids(query("dai hoi chi bo", Set.of(), null, null, Set.of("document"), SearchQuery.Order.RELEVANCE)))
                .containsExactly("plan");
        assertThat(ids(query("dai hoi chi bo", Set.of(), null, null, Set.of("article"), SearchQuery.Order.RELEVANCE)))
                .containsExactly("article");
        assertThat(ids("hoàn thành đại hội trước quý III")).containsExactly("plan");
        SearchHit hit = index.search(SearchQuery.of("14-KH/ĐU", 10), "14-KH/ĐU", NOW).hits().get(0);
        assertThat(hit.type()).isEqualTo("document");
        assertThat(hit.title()).isEqualTo("Kế hoạch số 14-KH/ĐU");
        assertThat(hit.url()).isEqualTo("/van-ban/plan");
    }

    private void add(SearchDocument doc) throws IOException {
        index.update(doc, 1);
        index.refresh();
    }

    /** An article published {@code daysAgo} days before {@link #NOW} (negative: scheduled for later). */
    static SearchDocument doc(String id, String title, String body, String category, int daysAgo) {
        return new SearchDocument(id, "article", title, "", body, category, NOW.minusSeconds(86_400L * daysAgo),
                "/tin-tuc/" + id);
    }

    /** An official document issued {@code daysAgo} days before {@link #NOW}. */
    static SearchDocument document(String id, String title, String summary, String body, String symbol, int daysAgo) {
        return new SearchDocument(id, "document", title, summary, body, null, NOW.minusSeconds(86_400L * daysAgo),
                "/van-ban/" + id, symbol);
    }

    private List<String> ids(String text) throws IOException {
        return ids(SearchQuery.of(text, 10));
    }

    private List<String> ids(SearchQuery query) throws IOException {
        return index.search(query, query.text(), NOW).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchQuery query(String text, Set<String> categories, Instant from, Instant to, Set<String> types,
            SearchQuery.Order order) {
        return query(text, categories, from, to, types, order, 1, 10);
    }

    private static SearchQuery query(String text, Set<String> categories, Instant from, Instant to, Set<String> types,
            SearchQuery.Order order, int page, int pageSize) {
        return new SearchQuery(text, page, pageSize, categories, from, to, types, order);
    }
}
