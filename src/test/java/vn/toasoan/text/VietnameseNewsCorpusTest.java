package vn.toasoan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the text functions over the 2653 articles of the Underthesea News Corpus (dantri.com.vn,
 * GPL-3.0 repository, see ../shared/data/vi-news/SOURCE.md). The corpus is not copied into this project,
 * so the test is tagged "shared"; it fails rather than skips when the directory is missing, so that a
 * misconfigured CI run cannot pass silently.
 */
@Tag("shared")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VietnameseNewsCorpusTest {

    private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final int TITLE_LINE = 3;

    /** Raw file contents by file name, read as strict UTF-8. */
    private final Map<String, String> articles = new LinkedHashMap<>();

    @BeforeAll
    void readCorpus() throws IOException {
        Path shared = Path.of(System.getProperty("toasoan.shared", "../shared"));
        Path corpus = shared.resolve("data/vi-news/underthesea-UNC/CP_Vietnamese-UNC").toAbsolutePath().normalize();
        assertThat(corpus).as("corpus directory; set -Dtoasoan.shared=<path to shared>").isDirectory();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                articles.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    private static String title(String article) {
        return article.split("\n", -1)[TITLE_LINE];
    }

    @Test
    void hasEveryArticleWithItsHeader() {
        assertThat(articles).hasSize(2653);
        assertThat(articles.values()).allSatisfy(article -> assertThat(article.split("\n", -1))
                .hasSizeGreaterThan(TITLE_LINE + 1)
                .satisfies(lines -> {
                    assertThat(lines[0]).startsWith("# doc_id = news_");
                    assertThat(lines[1]).startsWith("# url = https://dantri.com.vn/");
                    assertThat(lines[2]).matches("# date = 20[0-9]{6}");
                    assertThat(lines[TITLE_LINE]).isNotBlank();
                }));
    }

    @Test
    void makesEveryArticleNfc() {
        Set<String> notNfc = articles.entrySet().stream()
                .filter(article -> !Normalizer.isNormalized(article.getValue(), Normalizer.Form.NFC))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> withBackspace = articles.entrySet().stream()
                .filter(article -> article.getValue().indexOf('\b') >= 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(notNfc).hasSize(49);
        // Stray backspaces (U+0008) are the only forbidden characters in the corpus.
        assertThat(withBackspace).hasSize(22);
        assertThat(notNfc).filteredOn(withBackspace::contains).hasSize(1);
        articles.forEach((name, raw) -> {
            String nfc = VietnameseText.nfc(raw);
            assertThat(Normalizer.isNormalized(nfc, Normalizer.Form.NFC)).as(name).isTrue();
            String expected = Normalizer.normalize(raw.replace("\b", ""), Normalizer.Form.NFC);
            assertThat(nfc).as(name).isEqualTo(expected);
        });
        for (String name : notNfc) {
            assertThat(VietnameseText.nfc(articles.get(name))).as(name).isNotEqualTo(articles.get(name));
        }
    }

    @Test
    void slugifiesEveryTitle() {
        articles.forEach((name, article) -> {
            String slug = Slugs.slugify(title(article));
            assertThat(slug).as(name).matches(SLUG).hasSizeLessThanOrEqualTo(Slugs.DEFAULT_MAX_LENGTH);
            assertThat(Slugs.slugify(slug)).as(name).isEqualTo(slug);
        });
    }

    @Test
    void foldsEveryTitleToAsciiAndPunctuation() {
        Set<String> nonAscii = new TreeSet<>();
        articles.forEach((name, article) -> {
            String folded = Folding.fold(title(article));
            assertThat(folded.codePoints()).as(name).allSatisfy(codePoint -> {
                assertThat(isVietnameseLetterRange(codePoint)).as("U+%04X in %s", codePoint, name).isFalse();
                assertThat(Character.isLetter(codePoint) && codePoint > 0x7F).as("U+%04X in %s", codePoint, name).isFalse();
            });
            folded.codePoints().filter(codePoint -> codePoint < 0x20 || codePoint > 0x7E)
                    .forEach(codePoint -> nonAscii.add(new String(Character.toChars(codePoint))));
        });
        // Typographic quotes and the ellipsis are punctuation and stay as they are.
        assertThat(nonAscii).containsExactly("\u201C", "\u201D", "\u2026");
    }

    @Test
    void placesTonesStably() {
        articles.forEach((name, article) -> {
            String title = VietnameseText.normalizeToneMarks(title(article));
            assertThat(VietnameseText.normalizeToneMarks(title)).as(name).isEqualTo(title);
            assertThat(Folding.fold(title)).as(name).isEqualTo(Folding.fold(title(article)));
        });
    }

    /** Latin-1 letters, Latin Extended-A and -B (ă đ ĩ ơ ư), combining marks and Latin Extended Additional (ạ … ỹ). */
    private static boolean isVietnameseLetterRange(int codePoint) {
        return (codePoint >= 0x00C0 && codePoint <= 0x024F)
                || (codePoint >= 0x0300 && codePoint <= 0x036F)
                || (codePoint >= 0x1E00 && codePoint <= 0x1EFF);
    }
}
