package vn.toasoan.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.toasoan.article.ArticleSummary;
import vn.toasoan.article.Articles;
import vn.toasoan.category.Categories;
import vn.toasoan.category.Category;
import vn.toasoan.document.Documents;

/** The home page: the headline, the latest news, a block per category, most read and recent documents. */
@Controller
class HomeController {

    /** A section of the home page: a category and its newest articles. */
    record CategoryBlock(Category category, List<ArticleSummary> articles) {
    }

    private static final int TOP = 5;
    private static final int LATEST = 10;

    private final Articles articles;
    private final Categories categories;
    private final Documents documents;

    HomeController(Articles articles, Categories categories, Documents documents) {
        this.articles = articles;
        this.categories = categories;
        this.documents = documents;
    }

    @GetMapping("/")
    String showHome(Model model) {
        // The top of the page: featured articles first, filled up with the newest ones.
        Map<Long, ArticleSummary> top = new LinkedHashMap<>();
        List<ArticleSummary> newest = articles.latest(TOP + LATEST);
        Stream.concat(articles.featured(TOP).stream(), newest.stream())
                .forEach(a -> top.putIfAbsent(a.id(), a));
        List<ArticleSummary> topStories = top.values().stream().limit(TOP).toList();
        Set<Long> shown = topStories.stream().map(ArticleSummary::id).collect(Collectors.toSet());
        List<ArticleSummary> latest = newest.stream().filter(a -> !shown.contains(a.id())).limit(LATEST).toList();
        List<CategoryBlock> blocks = new ArrayList<>();
        for (Category category : categories.all()) {
            if (category.parentId() == null && category.showOnHome()) {
                List<ArticleSummary> items = articles
                        .inCategories(categories.withDescendants(category.id()), 1, 5).items();
                if (!items.isEmpty()) {
                    blocks.add(new CategoryBlock(category, items));
                }
            }
        }
        model.addAttribute("lead", topStories.isEmpty() ? null : topStories.get(0));
        model.addAttribute("featured", topStories.size() > 1 ? topStories.subList(1, topStories.size()) : List.of());
        model.addAttribute("latest", latest);
        model.addAttribute("blocks", blocks);
        model.addAttribute("mostRead", articles.mostRead(5));
        model.addAttribute("documents", documents.latest(5));
        return "site/home";
    }
}
