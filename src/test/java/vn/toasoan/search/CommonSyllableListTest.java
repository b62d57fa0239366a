package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The committed list of common syllables is the one derived from DANeS in {@code ../shared}. */
@Tag("shared")
class CommonSyllableListTest {

    @Test
    void committedListIsDerivedFromDanes() throws IOException {
        Path shared = Path.of(System.getProperty("toasoan.shared", "../shared"));
        assertThat(shared.resolve("data/vi-news/DANeS")).as("set -Dtoasoan.shared=<path to shared>").isDirectory();

        assertThat(Files.readString(Path.of(CommonSyllableList.RESOURCE), StandardCharsets.UTF_8))
                .isEqualTo(CommonSyllableList.fileText(CommonSyllableList.derive(shared)));
    }
}
