package vn.toasoan.banner;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.account.StaffUser;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.text.VietnameseDates;

/**
 * The banner strip in the newsroom (editors and administrators; see NewsroomPaths). The item form previews the
 * computed text: without JavaScript through its "Xem trước" button, with it as the editor types, through
 * {@code /quan-tri/banner/xem-truoc}.
 */
@Controller
@RequestMapping(BannerAdminController.BASE)
class BannerAdminController {

    static final String BASE = Newsroom.PATH + "/banner";
    private static final String LIST = "redirect:" + BASE;
    private static final String PREVIEW = "preview";

    private final Banners banners;

    BannerAdminController(Banners banners) {
        this.banners = banners;
    }

    @GetMapping
    String listBanners(Model model) {
        model.addAttribute("rows", banners.rows());
        model.addAttribute("lead", banners.lead());
        model.addAttribute("today", banners.currentDay());
        return "banner/admin/list";
    }

    @PostMapping("/loi-dan")
    String saveLead(@AuthenticationPrincipal StaffUser staff, @RequestParam(name = "lead", defaultValue = "") String lead,
            Model model, RedirectAttributes redirect) {
        try {
            banners.setLead(staff.actor(), lead);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            model.addAttribute("rows", banners.rows());
            model.addAttribute("lead", lead);
            model.addAttribute("today", banners.currentDay());
            return "banner/admin/list";
        }
        redirect.addFlashAttribute("notice", "Đã lưu lời dẫn.");
        return LIST;
    }

    @GetMapping("/moi")
    String initCreationForm(Model model) {
        return form(model, null, new BannerChange(BannerChange.ANNIVERSARY, "", "", "", "", "", ""), false);
    }

    @PostMapping("/moi")
    String processCreationForm(@AuthenticationPrincipal StaffUser staff, @ModelAttribute("form") BannerChange form,
            @RequestParam(name = "action", defaultValue = "") String action, Model model,
            RedirectAttributes redirect) {
        if (PREVIEW.equals(action)) {
            return form(model, null, form, true);
        }
        try {
            banners.add(staff.actor(), form);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return form(model, null, form, false);
        }
        redirect.addFlashAttribute("notice", "Đã thêm mục vào băng chữ.");
        return LIST;
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    String initUpdateForm(@PathVariable long id, Model model) {
        Banner banner = banners.find(id);
        return form(model, banner, new BannerChange(banner.eventDate() == null ? BannerChange.PLAIN
                : BannerChange.ANNIVERSARY, banner.template(), iso(banner.eventDate()), iso(banner.startsOn()),
                iso(banner.endsOn()), banner.linkUrl() == null ? "" : banner.linkUrl(), ""), true);
    }

    @PostMapping("/{id:[0-9]{1,18}}")
    String processUpdateForm(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @ModelAttribute("form") BannerChange form, @RequestParam(name = "action", defaultValue = "") String action,
            Model model, RedirectAttributes redirect) {
        Banner banner = banners.find(id);
        if (PREVIEW.equals(action)) {
            return form(model, banner, form, true);
        }
        try {
            banners.update(staff.actor(), id, form);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return form(model, banner, form, false);
        }
        redirect.addFlashAttribute("notice", "Đã lưu mục băng chữ.");
        return LIST;
    }

    /** ↑ ("len") or ↓ ("xuong") one place among its siblings. */
    @PostMapping("/{id:[0-9]{1,18}}/{direction:len|xuong}")
    String move(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, @PathVariable String direction) {
        banners.move(staff.actor(), id, direction.equals("len") ? -1 : 1);
        return LIST;
    }

    @PostMapping("/{id:[0-9]{1,18}}/xoa")
    String delete(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, RedirectAttributes redirect) {
        banners.delete(staff.actor(), id);
        redirect.addFlashAttribute("notice", "Đã xóa mục khỏi băng chữ.");
        return LIST;
    }

    /** The preview as JSON for banner-preview.js: {@code {"text", "date"}}, or 400 {@code {"error", "field"}}. */
    @GetMapping(path = "/xem-truoc", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> preview(@RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "template", defaultValue = "") String template,
            @RequestParam(name = "eventDate", defaultValue = "") String eventDate,
            @RequestParam(name = "date", defaultValue = "") String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            BannerPreview preview = banners.preview(kind, template, eventDate, date);
            body.put("text", preview.text());
            body.put("date", VietnameseDates.dayMonthYear(preview.date()));
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        } catch (InvalidInput e) {
            body.put("error", e.getMessage());
            body.put("field", e.field());
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).cacheControl(CacheControl.noStore()).body(body);
        }
    }

    /**
     * The form, with the preview of what it would show when asked (the button) or when editing; a refused
     * preview puts its message next to the field.
     */
    private String form(Model model, Banner editing, BannerChange form, boolean showPreview) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", new BannerChange(form.kind(), form.template(), isoOrBlank(form.eventDate()),
                isoOrBlank(form.startsOn()), isoOrBlank(form.endsOn()), form.linkUrl(), isoOrBlank(form.previewDate())));
        model.addAttribute("today", banners.currentDay());
        if (showPreview && !model.containsAttribute("invalid")) {
            try {
                model.addAttribute("preview", banners.preview(form.kind(), form.template(), form.eventDate(),
                        form.previewDate()));
            } catch (InvalidInput e) {
                model.addAttribute("invalid", e);
            }
        }
        return "banner/admin/form";
    }

    /** Date inputs hold ISO dates only: a typed 7/5/1954 comes back as 1954-05-07, nonsense as blank. */
    private static String isoOrBlank(String typed) {
        try {
            return iso(Banners.date("date", typed, "Ngày"));
        } catch (InvalidInput e) {
            return "";
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
