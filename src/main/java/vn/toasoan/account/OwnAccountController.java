package vn.toasoan.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;

/** Each member of staff's own account: their details, their names, their password. */
@Controller
@RequestMapping(OwnAccountController.BASE)
class OwnAccountController {

    static final String BASE = Newsroom.PATH + "/tai-khoan";
    private static final String PAGE = "redirect:" + BASE;

    private final Accounts accounts;

    OwnAccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String showOwnAccount(@AuthenticationPrincipal StaffUser staff, Model model) {
        Account account = own(staff);
        return page(model, account, account.displayName(), account.penName());
    }

    @PostMapping("/ten")
    String changeNames(@AuthenticationPrincipal StaffUser staff,
            @RequestParam(name = "displayName", defaultValue = "") String displayName,
            @RequestParam(name = "penName", defaultValue = "") String penName, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.updateOwnNames(staff.actor(), displayName, penName);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return page(model, own(staff), displayName, penName);
        }
        redirect.addFlashAttribute("notice", "Đã lưu tên và bút danh.");
        return PAGE;
    }

    @PostMapping("/mat-khau")
    String changePassword(@AuthenticationPrincipal StaffUser staff,
            @RequestParam(name = "currentPassword", defaultValue = "") String currentPassword,
            @RequestParam(name = "newPassword", defaultValue = "") String newPassword,
            @RequestParam(name = "repeatPassword", defaultValue = "") String repeatPassword, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Account account = own(staff);
        try {
            if (!newPassword.equals(repeatPassword)) {
                throw new InvalidInput("repeatPassword", "Hai lần nhập mật khẩu mới không giống nhau.");
            }
            // This session stays logged in; the account's other sessions end at their next request.
            StaffSessions.hold(accounts.changeOwnPassword(staff.actor(), currentPassword, newPassword), request,
                    response);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return page(model, account, account.displayName(), account.penName());
        }
        redirect.addFlashAttribute("notice", "Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.");
        return PAGE;
    }

    private String page(Model model, Account account, String displayName, String penName) {
        model.addAttribute("account", account);
        model.addAttribute("displayName", displayName);
        model.addAttribute("penName", penName);
        return "account/admin/own";
    }

    private Account own(StaffUser staff) {
        return accounts.find(staff.id()).orElseThrow(() -> new NotFound("Không tìm thấy tài khoản."));
    }
}
