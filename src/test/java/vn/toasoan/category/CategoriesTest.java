package vn.toasoan.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.toasoan.account.Actor;
import vn.toasoan.testsupport.ModuleTest;

@ModuleTest
@TestPropertySource(properties = "spring.application.name=categories-test")
class CategoriesTest {

    @Autowired
    Categories categories;

    @Test
    void treeGivesDescendantsAndBreadcrumbPaths() {
        long society = categories.create(Actor.system(), new CategoryChange("Văn hóa - Xã hội", "van-hoa-xa-hoi", null,
                null, true));
        long education = categories.create(Actor.system(), new CategoryChange("Giáo dục", "giao-duc", null,
                String.valueOf(society), true));
        long schools = categories.create(Actor.system(), new CategoryChange("Trường học", "truong-hoc", null,
                String.valueOf(education), true));
        long economy = categories.create(Actor.system(), new CategoryChange("Kinh tế", "kinh-te", null, null, true));
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
