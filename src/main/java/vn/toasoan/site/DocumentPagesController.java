package vn.toasoan.site;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.toasoan.article.Articles;
import vn.toasoan.blob.BlobResource;
import vn.toasoan.document.AttachmentFile;
import vn.toasoan.document.Document;
import vn.toasoan.document.DocumentFilter;
import vn.toasoan.document.DocumentPage;
import vn.toasoan.document.Documents;

/**
 * The public pages of the document registry: the list with its filters, and a document with the articles that
 * cite it. They live in site because they combine two features, and document must not depend on article.
 */
@Controller
class DocumentPagesController {

    static final int PAGE_SIZE = 20;

    private final Documents documents;
    private final Articles articles;

    DocumentPagesController(Documents documents, Articles articles) {
        this.documents = documents;
        this.articles = articles;
    }

    @GetMapping("/van-ban")
    String listDocuments(@RequestParam(name = "loai", required = false) String docType,
            @RequestParam(name = "co-quan", required = false) String issuingBody,
            @RequestParam(name = "nam", required = false) String year,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "trang", defaultValue = "1") String pageParam, Model model) {
        DocumentFilter filter = DocumentFilter.fromAddress(docType, issuingBody, year, text);
        int page = CategoryPageController.parsePage(pageParam);
        DocumentPage list = documents.search(filter, page, PAGE_SIZE);
        if (page > list.pages()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("list", list);
        model.addAttribute("docTypes", documents.docTypes());
        model.addAttribute("issuingBodies", documents.issuingBodies());
        model.addAttribute("years", documents.years());
        model.addAttribute("previousUrl", list.hasPrevious() ? filter.url("/van-ban", page - 1) : null);
        model.addAttribute("nextUrl", list.hasNext() ? filter.url("/van-ban", page + 1) : null);
        return "document/list";
    }

    @GetMapping("/van-ban/{slug}")
    String showDocument(@PathVariable String slug, Model model) {
        Document document = documents.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("document", document);
        model.addAttribute("citing", articles.citing(document.id()));
        model.addAttribute("attachments", documents.attachments(document.id()));
        return "document/detail";
    }

    /**
     * Downloads an attached file. Type and name come from the registry, never from the request, and the browser is
     * told not to guess another type.
     */
    @GetMapping("/van-ban/{slug}/tep/{id}")
    ResponseEntity<Resource> downloadAttachment(@PathVariable String slug, @PathVariable String id) {
        if (!id.matches("[0-9]{1,18}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AttachmentFile file = documents.attachmentFile(slug, Long.parseLong(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .contentLength(file.attachment().byteSize())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .body(new BlobResource(file.content(), file.attachment().fileName()));
    }
}
