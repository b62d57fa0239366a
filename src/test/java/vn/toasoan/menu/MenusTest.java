package vn.toasoan.menu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.Articles;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.category.NewCategory;

@SpringBootTest(properties = {"toasoan.demo.enabled=false", "spring.application.name=menus-test"})
class MenusTest {

    @Autowired
    Menus menus;

    @Autowired
    Categories categories;

    @Autowired
    Articles articles;

    @Test
    void menuIsATreeWhoseLinksFollowTheirTargets() {
        long section = categories.create(new NewCategory(null, "xay-dung-dang", "Xây dựng Đảng", null, 0, true));
        long page = articles.create(new NewArticle(ArticleKind.PAGE, null, "Liên hệ", "lien-he", null, "<p>x</p>",
                null, null, false, null));
        long about = menus.add(new NewMenuItem(Menus.MAIN, null, "Giới thiệu", null, null, null, 1));
        menus.add(new NewMenuItem(Menus.MAIN, about, "Liên hệ", null, null, page, 0));
        menus.add(new NewMenuItem(Menus.MAIN, null, "Xây dựng Đảng", null, section, null, 2));
        menus.add(new NewMenuItem(Menus.MAIN, null, "Trang chủ", "/", null, null, 0));
        menus.add(new NewMenuItem(Menus.FOOTER, null, "Văn bản", "/van-ban", null, null, 0));

        assertThat(menus.tree(Menus.MAIN)).extracting(MenuNode::label, MenuNode::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Trang chủ", "/"),
                org.assertj.core.groups.Tuple.tuple("Giới thiệu", null),
                org.assertj.core.groups.Tuple.tuple("Xây dựng Đảng", "/chuyen-muc/xay-dung-dang"));
        assertThat(menus.tree(Menus.MAIN).get(1).children()).extracting(MenuNode::url).containsExactly("/trang/lien-he");
        assertThat(menus.tree(Menus.FOOTER)).extracting(MenuNode::label).containsExactly("Văn bản");
        assertThat(menus.tree("khong-co")).isEmpty();
    }
}
