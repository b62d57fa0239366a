package vn.toasoan.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.jsoup.parser.Parser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Derives {@code common-syllables.txt}, the syllables whose neighbouring pairs the index keeps: the most frequent
 * folded syllables of the DANeS headlines and summaries (CC BY 4.0, in {@code ../shared/data/vi-news/DANeS}).
 * DANeS, not the benchmark's corpus, so that the list is not fitted to what the benchmark searches.
 *
 * <p>Run it to write the list again ({@code toasoan.shared} as for the benchmark);
 * {@code CommonSyllableListTest} checks that the committed list is what it derives.
 */
public final class CommonSyllableList {

    static final int SIZE = 300;
    static final String RESOURCE = "src/main/resources/vn/toasoan/search/" + VietnameseAnalyzer.COMMON_SYLLABLES;
    static final String HEADER = """
            # The 300 most frequent syllables, folded, of the DANeS headlines and summaries (digits left out), by
            # count and then alphabetically: the index keeps the neighbouring pairs of these syllables (LuceneIndex).
            # Derived by vn.toasoan.search.CommonSyllableList (test sources) from DANeS, annotated e-newspaper
            # headlines, batch #1, by DATASET JSC (dataset.vn) & AIV Group, https://github.com/dataset-vn/DANeS
            # (commit 37dedab), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
            """;

    static List<String> derive(Path shared) throws IOException {
        Path danes = shared.resolve("data/vi-news/DANeS/annotated_data_batch_1.json");
        Map<String, Integer> counts = new HashMap<>();
        try (Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED)) {
            for (JsonNode item : JsonMapper.builder().build().readTree(danes.toFile())) {
                JsonNode data = item.path("data");
                String text = data.path("text").asString("") + "\n"
                        + data.path("meta").path("description").asString("");
                for (String term : LuceneIndex.terms(folded, Parser.unescapeEntities(text, false), Integer.MAX_VALUE)) {
                    if (term.chars().noneMatch(Character::isDigit)) {
                        counts.merge(term, 1, Integer::sum);
                    }
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(SIZE).map(Map.Entry::getKey).toList();
    }

    static String fileText(List<String> syllables) {
        return HEADER + String.join("\n", syllables) + "\n";
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("toasoan.shared", "../shared"));
        Files.writeString(Path.of(RESOURCE), fileText(derive(shared)), StandardCharsets.UTF_8);
    }

    private CommonSyllableList() {
    }
}
