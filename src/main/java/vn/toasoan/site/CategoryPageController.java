package vn.toasoan.site;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

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
    ModelAndView showCategory(@PathVariable String slug,
            @RequestParam(name = "trang", defaultValue = "1") String pageParam, Model model) {
        Category category = categories.bySlug(slug).orElse(null);
        if (category == null) {
            return movedTo(categories.renamedFrom(slug)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), pageParam);
        }
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
        return new ModelAndView("site/category");
    }

    /** A renamed category: links and bookmarks to its old address follow it for good (301). */
    private static ModelAndView movedTo(String slug, String pageParam) {
        String url = UriComponentsBuilder.fromPath("/chuyen-muc/{slug}")
                .queryParamIfPresent("trang", "1".equals(pageParam) ? Optional.empty()
                        : Optional.of(pageParam))
                .encode().buildAndExpand(slug).toUriString();
        RedirectView redirect = new RedirectView(url);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
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
