package vn.toasoan.search;

import java.util.UUID;

import org.springframework.context.ApplicationContext;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.NewAccount;
import vn.toasoan.account.Role;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleStatus;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;

/** An editor and a category on one node, publishing articles through the article desk, as the newsroom would. */
final class NodeNewsroom {

    private final ArticleDesk desk;
    private final Actor editor;
    private final long category;

    NodeNewsroom(ApplicationContext node) {
        this.desk = node.getBean(ArticleDesk.class);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Accounts accounts = node.getBean(Accounts.class);
        long id = accounts.create(Actor.system(), new NewAccount("bien-tap-" + unique, "Trần Văn Bình", null, null,
                Role.EDITOR, "mat-khau-thu-nghiem-dai"));
        this.editor = accounts.find(id).orElseThrow().actor();
        this.category = node.getBean(Categories.class).create(Actor.system(),
                new CategoryChange("Thời sự", "thoi-su-" + unique, null, null, true));
    }

    /** Publishes an article at once; its id. */
    long publish(String title) {
        return desk.createAs(editor, new NewArticle(ArticleKind.ARTICLE, category, title, null, "Tóm tắt của bài.",
                "<p>Nội dung của bài.</p>", null, null, false, null), ArticleStatus.PUBLISHED, null);
    }
}
