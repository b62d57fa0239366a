package vn.toasoan.settings;

import java.io.IOException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.account.StaffUser;
import vn.toasoan.failure.InvalidInput;

/** The site settings page (administrators; see NewsroomPaths): one form for the texts, one for the logo. */
@Controller
@RequestMapping(SettingsController.BASE)
class SettingsController {

    static final String BASE = Newsroom.PATH + "/cai-dat";
    private static final String PAGE = "settings/admin/form";

    private final SiteSettings settings;

    SettingsController(SiteSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String showSettings(Model model) {
        SiteDetails site = settings.current();
        SettingsChange form = new SettingsChange(site.name(), site.footerText(), site.address(), site.phone(),
                site.email(), site.zone().getId(), site.visitorOffset() == null ? "" : site.visitorOffset().toString());
        return page(model, form);
    }

    @PostMapping
    String saveSettings(@AuthenticationPrincipal StaffUser staff, @ModelAttribute("form") SettingsChange form,
            Model model, RedirectAttributes redirect) {
        try {
            settings.update(staff.actor(), form);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return page(model, form);
        }
        redirect.addFlashAttribute("notice", "Đã lưu cài đặt. Trang công khai đã cập nhật.");
        return "redirect:" + BASE;
    }

    @PostMapping("/logo")
    String uploadLogo(@AuthenticationPrincipal StaffUser staff,
            @RequestParam(name = "logo", required = false) MultipartFile logo, RedirectAttributes redirect)
            throws IOException {
        try {
            settings.replaceLogo(staff.actor(), logo == null ? new byte[0] : logo.getBytes());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + BASE + "#logo";
        }
        redirect.addFlashAttribute("notice", "Đã thay logo.");
        return "redirect:" + BASE;
    }

    @PostMapping("/logo/xoa")
    String removeLogo(@AuthenticationPrincipal StaffUser staff, RedirectAttributes redirect) {
        settings.removeLogo(staff.actor());
        redirect.addFlashAttribute("notice", "Đã dùng lại logo mặc định.");
        return "redirect:" + BASE;
    }

    private String page(Model model, SettingsChange form) {
        model.addAttribute("form", form);
        model.addAttribute("zones", SiteSettings.zoneIds());
        return PAGE;
    }
}
