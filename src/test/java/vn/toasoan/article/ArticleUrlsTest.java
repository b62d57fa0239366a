package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ArticleUrlsTest {

    @Test
    void articlesCarryTheirIdAfterTheSlug() {
        assertThat(ArticleUrls.of(ArticleKind.ARTICLE, "hoi-nghi-to-soan-thao", 1)).isEqualTo("/tin-tuc/hoi-nghi-to-soan-thao-1");
        assertThat(ArticleUrls.of(ArticleKind.PAGE, "gioi-thieu", 7)).isEqualTo("/trang/gioi-thieu");
    }

    @Test
    void idIsReadFromTheEndOfTheSegment() {
        assertThat(ArticleUrls.idOf("hoi-nghi-to-soan-thao-123")).isEqualTo(OptionalLong.of(123));
        assertThat(ArticleUrls.idOf("ke-hoach-so-14-kh-du-2021-45")).isEqualTo(OptionalLong.of(45));
        assertThat(ArticleUrls.idOf("45")).isEqualTo(OptionalLong.of(45));
        assertThat(ArticleUrls.idOf("khong-co-so")).isEmpty();
        assertThat(ArticleUrls.idOf("")).isEmpty();
        assertThat(ArticleUrls.idOf("tin-99999999999999999999")).isEmpty();
        assertThat(ArticleUrls.idOf("tin-12a")).isEmpty();
    }
}
