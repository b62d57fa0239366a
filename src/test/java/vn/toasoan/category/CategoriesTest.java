package vn.toasoan.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.toasoan.testsupport.ModuleTest;

@ModuleTest
@TestPropertySource(properties = "spring.application.name=categories-test")
class CategoriesTest {

    @Autowired
    Categories categories;

    @Test
    void treeGivesDescendantsAndBreadcrumbPaths() {
        long society = categories.create(new NewCategory(null, "van-hoa-xa-hoi", "Văn hóa - Xã hội", null, 0, true));
        long education = categories.create(new NewCategory(society, "giao-duc", "Giáo dục", null, 0, true));
        long schools = categories.create(new NewCategory(education, "truong-hoc", "Trường học", null, 0, true));
        long economy = categories.create(new NewCategory(null, "kinh-te", "Kinh tế", null, 1, true));
        assertThat(categories.withDescendants(society)).containsExactly(society, education, schools);
        assertThat(categories.withDescendants(economy)).containsExactly(economy);
        assertThat(categories.path(schools)).extracting(Category::name)
                .containsExactly("Văn hóa - Xã hội", "Giáo dục", "Trường học");
        assertThat(categories.bySlug("giao-duc").orElseThrow().parentId()).isEqualTo(society);
        assertThat(categories.bySlug("kinh-te").orElseThrow().parentId()).isNull();
        assertThat(categories.byId(economy).orElseThrow().url()).isEqualTo("/chuyen-muc/kinh-te");
        assertThat(categories.all()).extracting(Category::slug)
                .containsExactly("van-hoa-xa-hoi", "giao-duc", "truong-hoc", "kinh-te");
    }
}
