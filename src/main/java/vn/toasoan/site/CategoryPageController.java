package vn.toasoan.site;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.toasoan.article.ArticlePage;
import vn.toasoan.article.Articles;
import vn.toasoan.category.Categories;
import vn.toasoan.category.Category;

/** A category page: its articles and its sub-categories' articles, newest first, a page at a time. */
@Controller
class CategoryPageController {

    static final int PAGE_SIZE = 12;

    private final Categories categories;
    private final Articles articles;

    CategoryPageController(Categories categories, Articles articles) {
        this.categories = categories;
        this.articles = articles;
    }

    @GetMapping("/chuyen-muc/{slug}")
    String showCategory(@PathVariable String slug, @RequestParam(name = "trang", defaultValue = "1") String pageParam,
            Model model) {
        Category category = categories.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int page = parsePage(pageParam);
        ArticlePage list = articles.inCategories(categories.withDescendants(category.id()), page, PAGE_SIZE);
        if (page > list.pages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("category", category);
        model.addAttribute("breadcrumbs", categories.path(category.id()));
        model.addAttribute("children", categories.all().stream()
                .filter(c -> Long.valueOf(category.id()).equals(c.parentId())).toList());
        model.addAttribute("list", list);
        return "site/category";
    }

    /** Page numbers come from the address bar: anything but a small positive number is not a page. */
    static int parsePage(String value) {
        if (value.length() > 6 || !value.chars().allMatch(Character::isDigit) || value.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int page = Integer.parseInt(value);
        if (page < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return page;
    }
}
