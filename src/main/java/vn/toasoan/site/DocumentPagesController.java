package vn.toasoan.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.springframework.core.io.FileSystemResource;
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
import org.springframework.web.util.UriComponentsBuilder;

import vn.toasoan.article.Articles;
import vn.toasoan.document.AttachmentFile;
import vn.toasoan.document.Document;
import vn.toasoan.document.DocumentFilter;
import vn.toasoan.document.DocumentPage;
import vn.toasoan.document.Documents;
import vn.toasoan.text.VietnameseText;

/**
 * The public pages of the document registry: the list with its filters, and a document with the articles that
 * cite it. They live in site because they combine two features, and document must not depend on article.
 */
@Controller
class DocumentPagesController {

    static final int PAGE_SIZE = 20;
    /** Longer queries are cut: nobody types more to find a document, and the SQL stays small. */
    private static final int MAX_QUERY_LENGTH = 200;

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
        DocumentFilter filter = new DocumentFilter(choice(docType), choice(issuingBody), year(year), query(text));
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
        model.addAttribute("previousUrl", list.hasPrevious() ? listUrl(filter, page - 1) : null);
        model.addAttribute("nextUrl", list.hasNext() ? listUrl(filter, page + 1) : null);
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
                .filter(f -> Files.isRegularFile(f.path()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .contentLength(file.attachment().byteSize())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .body(new FileSystemResource(file.path()));
    }

    /** The list address with the same filters on another page; page 1 has no page parameter. */
    static String listUrl(DocumentFilter filter, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/van-ban");
        if (filter.docType() != null) {
            url.queryParam("loai", filter.docType());
        }
        if (filter.issuingBody() != null) {
            url.queryParam("co-quan", filter.issuingBody());
        }
        if (filter.year() != null) {
            url.queryParam("nam", filter.year());
        }
        if (filter.text() != null) {
            url.queryParam("q", filter.text());
        }
        if (page > 1) {
            url.queryParam("trang", page);
        }
        return url.encode().build().toUriString();
    }

    /** An empty select option means "all". */
    private static String choice(String value) {
        String nfc = VietnameseText.nfc(value);
        return nfc == null || nfc.isBlank() ? null : nfc.strip();
    }

    /** A year from the address bar; anything else is no year filter rather than an error page. */
    private static Integer year(String value) {
        if (value == null || !value.strip().matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(value.strip());
        return year >= 1900 && year <= 2200 ? year : null;
    }

    private static String query(String value) {
        String text = choice(value);
        return text == null || text.length() <= MAX_QUERY_LENGTH ? text : text.substring(0, MAX_QUERY_LENGTH);
    }
}
