package vn.toasoan.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import vn.toasoan.account.StaffUser;
import vn.toasoan.document.Document;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.DocumentFilter;
import vn.toasoan.document.DocumentPage;
import vn.toasoan.document.Documents;
import vn.toasoan.document.NewDocument;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;

/**
 * The document registry (văn bản) through the admin API: any member of staff reads it (articles cite documents),
 * editors change it, through the newsroom's {@link DocumentDesk} and so by its rules. An edit or a deletion names
 * the {@code version} it read (a field of the PUT body, a query parameter of the DELETE), so that it never
 * overwrites a change saved meanwhile, here or in the newsroom: a stale version is answered 409.
 */
@RestController
@RequestMapping(path = ApiSecurityConfiguration.ADMIN_API + "/documents", produces = MediaType.APPLICATION_JSON_VALUE)
class DocumentApiController {

    static final List<String> FIELDS = List.of("symbol", "docType", "issuingBody", "issuedOn", "signer", "summary",
            "effectiveOn");
    static final List<String> UPDATE_FIELDS = List.of("symbol", "docType", "issuingBody", "issuedOn", "signer",
            "summary", "effectiveOn", "version");
    static final int MAX_PAGE_SIZE = 100;

    /**
     * A registered document as the API answers it.
     *
     * @param version to send back with an edit or a deletion
     * @param issuedOn the date of issue, 2021-02-26
     * @param url the public page
     */
    record DocumentJson(long id, int version, String symbol, String docType, String issuingBody, LocalDate issuedOn,
            String signer, String summary, LocalDate effectiveOn, String slug, String url) {
    }

    /** One page of documents, the most recently issued first. */
    record DocumentList(List<DocumentJson> items, int page, int size, long total, long pages) {
    }

    private final Documents documents;
    private final DocumentDesk desk;

    DocumentApiController(Documents documents, DocumentDesk desk) {
        this.documents = documents;
        this.desk = desk;
    }

    /** The registry, the most recently issued first; {@code q} narrows it to documents holding all its words. */
    @GetMapping
    DocumentList list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 1) {
            throw new InvalidInput("page", "„page” bắt đầu từ 1.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "„size” từ 1 đến " + MAX_PAGE_SIZE + ".");
        }
        DocumentPage found = documents.search(new DocumentFilter(null, null, null, q), page, size);
        return new DocumentList(found.items().stream().map(DocumentApiController::json).toList(), page, size,
                found.total(), (found.total() + size - 1) / size);
    }

    @GetMapping("/{id}")
    DocumentJson show(@PathVariable long id) {
        return json(documents.byId(id).orElseThrow(() -> new NotFound("Không tìm thấy văn bản " + id + ".")));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentJson> create(@RequestBody JsonNode json, @AuthenticationPrincipal StaffUser staff) {
        long id = desk.create(staff.actor(), read(JsonBody.of(json, FIELDS)));
        return ResponseEntity.created(URI.create(ApiSecurityConfiguration.ADMIN_API + "/documents/" + id))
                .body(show(id));
    }

    /** Replaces the whole document read at {@code version}; its address stays. */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DocumentJson update(@PathVariable long id, @RequestBody JsonNode json, @AuthenticationPrincipal StaffUser staff) {
        JsonBody body = JsonBody.of(json, UPDATE_FIELDS);
        Integer version = body.integer("version");
        if (version == null) {
            throw new InvalidInput("version", "Thiếu „version”: phiên bản của văn bản khi bạn đọc nó (GET trả về),"
                    + " để không ghi đè thay đổi người khác vừa lưu.");
        }
        desk.update(staff.actor(), id, version, read(body));
        return show(id);
    }

    /** Deletes the document read at {@code version}, files and all, unless an article is registered with it. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal StaffUser staff) {
        if (version == null) {
            throw new InvalidInput("version", "Thiếu tham số „version”: phiên bản của văn bản khi bạn đọc nó (GET trả"
                    + " về), ví dụ ?version=3, để không xóa mất thay đổi người khác vừa lưu.");
        }
        desk.delete(staff.actor(), id, version);
        return ResponseEntity.noContent().build();
    }

    private static NewDocument read(JsonBody body) {
        return new NewDocument(body.text("symbol"), null, null, null, null, body.text("docType"),
                body.text("issuingBody"), body.date("issuedOn"), body.text("signer"), body.text("summary"),
                body.date("effectiveOn"));
    }

    private static DocumentJson json(Document d) {
        return new DocumentJson(d.id(), d.version(), d.symbol(), d.docType(), d.issuingBody(), d.issuedOn(), d.signer(),
                d.summary(), d.effectiveOn(), d.slug(), d.ref().url());
    }
}
