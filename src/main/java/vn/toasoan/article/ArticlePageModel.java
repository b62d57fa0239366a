package vn.toasoan.article;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.toasoan.category.Categories;
import vn.toasoan.category.Category;
import vn.toasoan.document.DocumentLinker;
import vn.toasoan.document.Documents;
import vn.toasoan.media.ResponsiveImages;

/**
 * What the public article template needs, built in one place: the public page and the newsroom's preview fill the
 * same model, so a preview is exactly what readers will see.
 */
@Component
class ArticlePageModel {

    private static final int RELATED = 6;

    private final Articles articles;
    private final Categories categories;
    private final Documents documents;
    private final DocumentLinker documentLinker;
    private final ArticleTagRepository tags;
    private final ResponsiveImages images;

    ArticlePageModel(Articles articles, Categories categories, Documents documents, DocumentLinker documentLinker,
            ArticleTagRepository tags, ResponsiveImages images) {
        this.articles = articles;
        this.categories = categories;
        this.documents = documents;
        this.documentLinker = documentLinker;
        this.tags = tags;
        this.images = images;
    }

    void fill(Model model, Article article) {
        List<Category> path = article.categoryId() == null ? List.of() : categories.path(article.categoryId());
        model.addAttribute("article", article);
        model.addAttribute("bodyHtml", renderedBody(article));
        model.addAttribute("breadcrumbs", path);
        model.addAttribute("category", path.isEmpty() ? null : path.get(path.size() - 1));
        model.addAttribute("document", article.documentId() == null ? null
                : documents.find(article.documentId()).orElse(null));
        model.addAttribute("related", articles.related(article, RELATED));
        model.addAttribute("tags", tags.tagsOf(article.id()));
    }

    /**
     * The body as readers get it. Mentions are linked and images given their smaller copies as the page is
     * rendered, so documents registered and copies made later are used too.
     */
    String renderedBody(Article article) {
        return images.addSrcsetsToBody(documentLinker.link(article.bodyHtml()));
    }
}
