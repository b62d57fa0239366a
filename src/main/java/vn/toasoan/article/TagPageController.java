package vn.toasoan.article;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tag's public page, {@code /the/{slug}}: the published articles with the tag, newest first. Cached like the
 * category pages (the page cache keys it by page number only) and cleared with them when an article changes.
 */
@Controller
class TagPageController {

    static final int PAGE_SIZE = 12;

    private final Articles articles;

    TagPageController(Articles articles) {
        this.articles = articles;
    }

    @GetMapping("/the/{slug}")
    String showTag(@PathVariable String slug, @RequestParam(name = "trang", defaultValue = "1") String pageParam,
            Model model) {
        Tag tag = articles.tag(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (pageParam.isEmpty() || pageParam.length() > 6 || !pageParam.chars().allMatch(Character::isDigit)
                || Integer.parseInt(pageParam) < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int page = Integer.parseInt(pageParam);
        ArticlePage list = articles.tagged(tag.id(), page, PAGE_SIZE);
        if (page > list.pages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("tag", tag);
        model.addAttribute("list", list);
        return "article/tag";
    }
}
