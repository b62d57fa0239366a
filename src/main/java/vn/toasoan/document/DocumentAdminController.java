package vn.toasoan.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.account.StaffUser;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.VersionConflict;
import vn.toasoan.text.TypedText;
import vn.toasoan.text.VietnameseCollation;
import vn.toasoan.text.VietnameseText;

/**
 * The newsroom pages of the document registry ({@code /quan-tri/van-ban}, editors and administrators): the list
 * with its filters, the form to register or edit a document, its attached files, and deleting it.
 */
@Controller
@RequestMapping(DocumentAdminController.BASE)
class DocumentAdminController {

    static final String BASE = Newsroom.PATH + "/van-ban";
    static final int PAGE_SIZE = 20;
    private static final String ID = "{id:[0-9]{1,18}}";

    private final Documents documents;
    private final DocumentDesk desk;

    DocumentAdminController(Documents documents, DocumentDesk desk) {
        this.documents = documents;
        this.desk = desk;
    }

    @GetMapping
    String listDocuments(@RequestParam(name = "loai", required = false) String docType,
            @RequestParam(name = "co-quan", required = false) String issuingBody,
            @RequestParam(name = "nam", required = false) String year,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "trang", required = false) String pageParam, Model model) {
        DocumentFilter filter = DocumentFilter.fromAddress(docType, issuingBody, year, text);
        int page = pageParam != null && pageParam.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(pageParam)) : 1;
        DocumentPage list = documents.search(filter, page, PAGE_SIZE);
        if (page > list.pages()) {
            throw new NotFound("Danh sách văn bản không có trang " + page + ".");
        }
        model.addAttribute("filter", filter);
        model.addAttribute("list", list);
        model.addAttribute("docTypes", documents.docTypes());
        model.addAttribute("issuingBodies", documents.issuingBodies());
        model.addAttribute("years", documents.years());
        model.addAttribute("previousUrl", list.hasPrevious() ? filter.url(BASE, page - 1) : null);
        model.addAttribute("nextUrl", list.hasNext() ? filter.url(BASE, page + 1) : null);
        return "document/admin/list";
    }

    @GetMapping("/moi")
    String newDocument(Model model) {
        return form(model, null, DocumentForm.empty());
    }

    @PostMapping
    String createDocument(@AuthenticationPrincipal StaffUser staff, @ModelAttribute("form") DocumentForm form,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        long id;
        try {
            id = desk.create(staff.actor(), form);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, null, form);
        }
        Document saved = documents.byId(id).orElseThrow();
        redirect.addFlashAttribute("notice", "Đã thêm văn bản " + saved.docType() + " số " + saved.symbol() + ".");
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/" + ID)
    String editDocument(@PathVariable long id, Model model) {
        Document document = existing(id);
        return form(model, document, DocumentForm.of(document));
    }

    @PostMapping("/" + ID)
    String updateDocument(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @RequestParam(name = "version", required = false) String version,
            @ModelAttribute("form") DocumentForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            desk.update(staff.actor(), id, version(version), form);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, existing(id), form);
        } catch (VersionConflict e) {
            // The typed text stays in the form, so the editor can copy it into the current version.
            model.addAttribute("problem", e.getMessage());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, existing(id), form);
        }
        Document saved = existing(id);
        redirect.addFlashAttribute("notice", "Đã lưu văn bản " + saved.docType() + " số " + saved.symbol() + ".");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/" + ID + "/xoa")
    String deleteDocument(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @RequestParam(name = "version", required = false) String version,
            @RequestParam(name = "confirm", required = false) String confirm, RedirectAttributes redirect) {
        Document document = existing(id);
        if (confirm == null) {
            redirect.addFlashAttribute("problem", "Hãy đánh dấu ô xác nhận trước khi xóa văn bản.");
            return "redirect:" + BASE + "/" + id;
        }
        try {
            desk.delete(staff.actor(), id, version(version));
        } catch (InvalidInput | VersionConflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + BASE + "/" + id;
        }
        redirect.addFlashAttribute("notice", "Đã xóa văn bản " + document.docType() + " số " + document.symbol()
                + " của " + document.issuingBody() + ".");
        return "redirect:" + BASE;
    }

    @PostMapping("/" + ID + "/tep")
    String attachFile(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        existing(id);
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            desk.attach(staff.actor(), id, name, content);
            redirect.addFlashAttribute("notice", "Đã đính kèm tệp " + VietnameseText.nfc(name) + ".");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", "Không đính kèm được tệp: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:" + BASE + "/" + id + "#tep";
    }

    @PostMapping("/" + ID + "/tep/{attachmentId:[0-9]{1,18}}/xoa")
    String detachFile(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @PathVariable long attachmentId, RedirectAttributes redirect) {
        desk.detach(staff.actor(), id, attachmentId);
        redirect.addFlashAttribute("notice", "Đã gỡ tệp đính kèm.");
        return "redirect:" + BASE + "/" + id + "#tep";
    }

    /** What the symbol typed so far reads as, for the form's live preview. */
    @GetMapping(path = "/ky-hieu", produces = "application/json")
    ResponseEntity<Map<String, Object>> readSymbol(@RequestParam(name = "q", required = false) String symbol) {
        String text = symbol == null || symbol.length() <= 200 ? symbol : symbol.substring(0, 200);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(SymbolReading.of(text).asJson());
    }

    private String form(Model model, Document document, DocumentForm form) {
        model.addAttribute("document", document);
        model.addAttribute("form", form);
        model.addAttribute("reading", document != null && !model.containsAttribute("invalid")
                && form.symbol() != null && form.symbol().equals(document.symbol())
                ? SymbolReading.of(document) : SymbolReading.of(form.symbol()));
        model.addAttribute("docTypes", docTypeChoices(form.docType()));
        model.addAttribute("issuingBodies", documents.issuingBodies());
        if (document != null) {
            model.addAttribute("attachments", documents.attachments(document.id()));
            model.addAttribute("references", desk.references(document.id()));
        }
        return "document/admin/form";
    }

    /** Every type a symbol can name and every type in the registry, in Vietnamese order; the typed one too. */
    private List<String> docTypeChoices(String current) {
        TreeSet<String> types = new TreeSet<>(VietnameseCollation.comparator());
        types.addAll(DocumentSymbol.typeNames());
        types.addAll(documents.docTypes());
        types.add("Văn bản");
        String typed = TypedText.line(current);
        if (typed != null) {
            types.add(typed);
        }
        return List.copyOf(types);
    }

    private Document existing(long id) {
        return documents.byId(id).orElseThrow(() -> new NotFound("Không tìm thấy văn bản " + id
                + " (có thể đã bị xóa)."));
    }

    /** A version the form did not send, or garbled, matches no document: the save is refused as a conflict. */
    private static int version(String text) {
        return text != null && text.matches("[0-9]{1,9}") ? Integer.parseInt(text) : -1;
    }
}
