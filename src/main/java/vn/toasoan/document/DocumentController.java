package vn.toasoan.document;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Public pages of the document registry. */
@Controller
class DocumentController {

    private static final int LIST_SIZE = 50;

    private final DocumentRepository repository;

    DocumentController(DocumentRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/van-ban")
    String listDocuments(Model model) {
        model.addAttribute("documents", repository.latest(LIST_SIZE, 0));
        model.addAttribute("total", repository.count());
        return "document/list";
    }

    @GetMapping("/van-ban/{slug}")
    String showDocument(@PathVariable String slug, Model model) {
        Document document = repository.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("document", document);
        return "document/detail";
    }
}
