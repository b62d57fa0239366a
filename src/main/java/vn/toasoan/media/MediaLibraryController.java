package vn.toasoan.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.account.Role;
import vn.toasoan.account.StaffUser;

/**
 * The newsroom's media library: a grid to browse and filter, the upload form, a page per medium to describe or
 * delete it, and the JSON list the article editor's image picker reads. Any member of staff may upload and
 * describe; {@link MediaLibrary#delete} lets editors and administrators only.
 */
@Controller
class MediaLibraryController {

    static final String LIBRARY = Newsroom.PATH + "/thu-vien";
    private static final int PAGE_SIZE = 24;

    /** One image as the editor's picker needs it. */
    record PickerItem(long id, String url, String srcset, String alt, String caption, Integer width, Integer height) {
    }

    /** A page of the picker's list. */
    record PickerPage(List<PickerItem> items, int page, int pages, long total) {
    }

    private final MediaLibrary library;
    private final MediaUploads uploads;
    private final MediaProperties properties;

    MediaLibraryController(MediaLibrary library, MediaUploads uploads, MediaProperties properties) {
        this.library = library;
        this.uploads = uploads;
        this.properties = properties;
    }

    @GetMapping(LIBRARY)
    String showLibrary(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "loai", required = false) String kind,
            @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        addLibrary(model, text, kind, page);
        return "media/admin/library";
    }

    @PostMapping(LIBRARY)
    String processUpload(@AuthenticationPrincipal StaffUser staff,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "altText", required = false) String altText,
            @RequestParam(name = "caption", required = false) String caption,
            @RequestParam(name = "credit", required = false) String credit,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            MediaItem item = uploads.upload(staff.actor(), new MediaUpload(
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                    file == null ? null : bytes(file), altText, caption, credit));
            redirect.addFlashAttribute("notice", "Đã tải lên " + describe(item) + ".");
            return "redirect:" + LIBRARY + "/" + item.id();
        } catch (MediaRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", e);
            model.addAttribute("upload", Map.of("altText", nullToEmpty(altText), "caption", nullToEmpty(caption),
                    "credit", nullToEmpty(credit)));
            addLibrary(model, null, null, 1);
            return "media/admin/library";
        }
    }

    @GetMapping(LIBRARY + "/{id}")
    String showMedium(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, Model model) {
        MediaItem item = library.find(id).orElseThrow(() -> new MediaNotFound(id));
        addMedium(model, staff, item);
        model.addAttribute("form", Map.of("altText", nullToEmpty(item.altText()),
                "caption", nullToEmpty(item.caption()), "credit", nullToEmpty(item.credit())));
        return "media/admin/detail";
    }

    @PostMapping(LIBRARY + "/{id}")
    String processDescription(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @RequestParam(name = "altText", required = false) String altText,
            @RequestParam(name = "caption", required = false) String caption,
            @RequestParam(name = "credit", required = false) String credit,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            library.describe(staff.actor(), id, altText, caption, credit);
            redirect.addFlashAttribute("notice", "Đã lưu lời mô tả.");
            return "redirect:" + LIBRARY + "/" + id;
        } catch (MediaRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", e);
            addMedium(model, staff, library.find(id).orElseThrow(() -> new MediaNotFound(id)));
            model.addAttribute("form", Map.of("altText", nullToEmpty(altText), "caption", nullToEmpty(caption),
                    "credit", nullToEmpty(credit)));
            return "media/admin/detail";
        }
    }

    @PostMapping(LIBRARY + "/{id}/xoa")
    String processDeletion(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            RedirectAttributes redirect) {
        MediaItem item = library.find(id).orElseThrow(() -> new MediaNotFound(id));
        try {
            library.delete(staff.actor(), id);
        } catch (MediaInUse e) {
            redirect.addFlashAttribute("problem", e.getMessage() + ". Hãy gỡ tệp khỏi các bài đó trước.");
            return "redirect:" + LIBRARY + "/" + id;
        }
        redirect.addFlashAttribute("notice", "Đã xóa " + describe(item) + ".");
        return "redirect:" + LIBRARY;
    }

    /** The images of the library for the article editor's picker, newest first, filtered by words. */
    @GetMapping(LIBRARY + ".json")
    @ResponseBody
    PickerPage listImages(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "page", defaultValue = "1") int page) {
        MediaPage images = library.search(new MediaQuery(MediaKind.IMAGE, text), Math.max(1, page), PAGE_SIZE);
        return new PickerPage(images.items().stream().map(m -> new PickerItem(m.id(), m.url(), m.srcset(),
                m.altText(), m.caption(), m.width(), m.height())).toList(), images.page(), images.pages(),
                images.total());
    }

    private void addLibrary(Model model, String text, String kind, int page) {
        MediaKind chosen = switch (kind == null ? "" : kind) {
            case "anh" -> MediaKind.IMAGE;
            case "tep" -> MediaKind.FILE;
            default -> null;
        };
        model.addAttribute("page", library.search(new MediaQuery(chosen, text), Math.max(1, page), PAGE_SIZE));
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("loai", chosen == MediaKind.IMAGE ? "anh" : chosen == MediaKind.FILE ? "tep" : "");
        model.addAttribute("maxImage", properties.maxImageSize().toMegabytes());
        model.addAttribute("maxFile", properties.maxFileSize().toMegabytes());
        model.addAttribute("accept", String.join(",", "image/jpeg", "image/png", "image/gif", "image/webp",
                ".pdf", ".docx", ".doc", ".xlsx", ".odt"));
        if (!model.containsAttribute("upload")) {
            model.addAttribute("upload", Map.of("altText", "", "caption", "", "credit", ""));
        }
    }

    private static void addMedium(Model model, StaffUser staff, MediaItem item) {
        model.addAttribute("item", item);
        model.addAttribute("mayDelete", staff.role().includes(Role.EDITOR));
    }

    private static String describe(MediaItem item) {
        String name = item.originalName() == null ? "" : " “" + item.originalName() + "”";
        return (item.kind() == MediaKind.IMAGE ? "ảnh" : "tệp") + name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
