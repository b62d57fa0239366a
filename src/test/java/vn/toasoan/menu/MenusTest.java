package vn.toasoan.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;

@SpringBootTest(properties = {"toasoan.demo.enabled=false", "spring.application.name=menus-test"})
@Import(MenusTest.Events.class)
class MenusTest {

    /** Every MenuChanged. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Events {
        final List<String> changed = new CopyOnWriteArrayList<>();

        @EventListener
        void on(MenuChanged event) {
            changed.add(event.menu());
        }
    }

    static final Actor SYSTEM = Actor.system();

    @Autowired
    Menus menus;

    @Autowired
    Categories categories;

    @Autowired
    ArticleDesk articles;

    @Autowired
    AuditLog audit;

    @Autowired
    Events events;

    @Test
    void menuIsATreeWhoseLinksFollowTheirTargets() {
        long section = categories.create(SYSTEM, new CategoryChange("Xây dựng Đảng", "xay-dung-dang", null, null,
                true));
        long page = articles.create(SYSTEM, new NewArticle(ArticleKind.PAGE, null, "Liên hệ", "lien-he", null,
                "<p>x</p>", null, null, false, null));
        long about = menus.add(SYSTEM, new MenuItemChange(Menus.MAIN, "Giới thiệu", MenuItemChange.NONE, null, null,
                null, null));
        menus.add(SYSTEM, new MenuItemChange(Menus.MAIN, "Liên hệ", MenuItemChange.PAGE, null, null,
                Long.toString(page), Long.toString(about)));
        menus.add(SYSTEM, new MenuItemChange(Menus.MAIN, "Xây dựng Đảng", MenuItemChange.CATEGORY, null,
                Long.toString(section), null, null));
        long home = menus.add(SYSTEM, new MenuItemChange(Menus.MAIN, "Trang chủ", MenuItemChange.URL, "/", null, null,
                null));
        menus.move(SYSTEM, home, -1);
        menus.move(SYSTEM, home, -1);
        menus.add(SYSTEM, new MenuItemChange(Menus.FOOTER, "Văn bản", MenuItemChange.URL, "/van-ban", null, null,
                null));

        assertThat(menus.tree(Menus.MAIN)).extracting(MenuNode::label, MenuNode::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Trang chủ", "/"),
                org.assertj.core.groups.Tuple.tuple("Giới thiệu", null),
                org.assertj.core.groups.Tuple.tuple("Xây dựng Đảng", "/chuyen-muc/xay-dung-dang"));
        assertThat(menus.tree(Menus.MAIN).get(1).children()).extracting(MenuNode::url).containsExactly("/trang/lien-he");
        assertThat(menus.tree(Menus.FOOTER)).extracting(MenuNode::label).containsExactly("Văn bản");
        assertThat(menus.tree("khong-co")).isEmpty();

        // The category's owner says where it is now: a new slug moves the link with it.
        categories.update(SYSTEM, section, new CategoryChange("Xây dựng Đảng", "xay-dung-dang-moi", null, null,
                true));
        assertThat(menus.tree(Menus.MAIN).get(2).url()).isEqualTo("/chuyen-muc/xay-dung-dang-moi");
        assertThat(menus.entries(Menus.MAIN)).extracting(MenuEntry::url)
                .containsExactly("/", null, "/trang/lien-he", "/chuyen-muc/xay-dung-dang-moi");
    }

    /** The article feature deletes only its own rows; the menu lets go of its links, in the same transaction. */
    @Test
    void itemsLinkingToADeletedPageGoWithItAndTheMenuIsAnnounced() {
        long page = articles.create(SYSTEM, new NewArticle(ArticleKind.PAGE, null, "Trang sắp xóa", null, null,
                "<p>x</p>", null, null, false, null));
        long kept = menus.add(SYSTEM, new MenuItemChange(Menus.FOOTER, "Ở lại", MenuItemChange.URL, "/o-lai", null,
                null, null));
        long linking = menus.add(SYSTEM, new MenuItemChange(Menus.FOOTER, "Trỏ tới trang", MenuItemChange.PAGE, null,
                null, Long.toString(page), null));
        events.changed.clear();

        articles.delete(SYSTEM, page, 0);

        assertThat(menus.entries(Menus.FOOTER)).extracting(MenuEntry::id).contains(kept).doesNotContain(linking);
        assertThat(menus.pages()).extracting(PageChoice::id).doesNotContain(page);
        assertThat(events.changed).containsExactly(Menus.FOOTER);
        assertThat(audit.about("article", page)).extracting(e -> e.action()).contains("article.delete");
        menus.delete(SYSTEM, kept); // the other test counts the footer's items
    }
}
