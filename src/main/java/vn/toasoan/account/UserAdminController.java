package vn.toasoan.account;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.VersionConflict;

/**
 * Staff accounts in the newsroom (administrators; see NewsroomPaths): list, create, edit, reset a password,
 * unlock. A generated or reset password is shown once, on the page after the change, and never stored in clear.
 */
@Controller
@RequestMapping(UserAdminController.BASE)
class UserAdminController {

    static final String BASE = Newsroom.PATH + "/nguoi-dung";
    private static final String LIST = "redirect:" + BASE;

    /** The creation form as typed; an unticked box is not sent at all, hence the nullable flag. */
    record NewAccountForm(String username, String displayName, String penName, String email, String role,
            String password, Boolean generatePassword) {

        public boolean generated() {
            return Boolean.TRUE.equals(generatePassword);
        }
    }

    /** The edit form as typed; {@code version} is the one the form was opened with. */
    record AccountForm(String displayName, String penName, String email, String role, Boolean enabled,
            String version) {

        public boolean mayLogIn() {
            return Boolean.TRUE.equals(enabled);
        }

        /** An edited or missing version cannot match any saved one: it is answered as a conflict. */
        int openedVersion() {
            return version != null && version.matches("[0-9]{1,9}") ? Integer.parseInt(version) : -1;
        }
    }

    private final Accounts accounts;

    UserAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String listAccounts(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "account/admin/list";
    }

    @GetMapping("/moi")
    String initCreationForm(Model model) {
        return creationForm(model, new NewAccountForm("", "", "", "", Role.AUTHOR.name(), "", true));
    }

    @PostMapping("/moi")
    String processCreationForm(@AuthenticationPrincipal StaffUser staff, @ModelAttribute("form") NewAccountForm form,
            Model model, RedirectAttributes redirect) {
        String password = form.generated() ? accounts.generatePassword() : form.password();
        try {
            accounts.create(staff.actor(), new NewAccount(form.username(), form.displayName(), form.penName(),
                    form.email(), role(form.role()), password));
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            // A typed password is never sent back to the browser.
            return creationForm(model, new NewAccountForm(form.username(), form.displayName(), form.penName(),
                    form.email(), form.role(), "", form.generated()));
        }
        String username = form.username().strip().toLowerCase();
        redirect.addFlashAttribute("notice", "Đã tạo tài khoản „" + username + "”.");
        if (form.generated()) {
            redirect.addFlashAttribute("secretFor", username);
            redirect.addFlashAttribute("secret", password);
        }
        return LIST;
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    String initUpdateForm(@PathVariable long id, Model model) {
        Account account = account(id);
        return updateForm(model, account, new AccountForm(account.displayName(), account.penName(), account.email(),
                account.role().name(), account.enabled(), Integer.toString(account.version())));
    }

    @PostMapping("/{id:[0-9]{1,18}}")
    String processUpdateForm(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @ModelAttribute("form") AccountForm form, Model model, RedirectAttributes redirect) {
        Account account = account(id);
        try {
            accounts.update(staff.actor(), id, form.openedVersion(), form.displayName(), form.penName(),
                    form.email(), role(form.role()), form.mayLogIn());
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return updateForm(model, account, form);
        } catch (VersionConflict e) {
            model.addAttribute("conflict", e.getMessage());
            return updateForm(model, account, form);
        }
        redirect.addFlashAttribute("notice", "Đã lưu tài khoản „" + account.username() + "”.");
        return LIST;
    }

    @PostMapping("/{id:[0-9]{1,18}}/dat-lai-mat-khau")
    String resetPassword(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Account account = account(id);
        Accounts.PasswordReset reset = accounts.resetPassword(staff.actor(), id);
        if (id == staff.id()) {
            // An administrator resetting their own password keeps this session: it shows them the new password.
            StaffSessions.hold(reset.staffUser(), request, response);
        }
        redirect.addFlashAttribute("notice", "Đã đặt lại mật khẩu của „" + account.username() + "”.");
        redirect.addFlashAttribute("secretFor", account.username());
        redirect.addFlashAttribute("secret", reset.password());
        return LIST;
    }

    @PostMapping("/{id:[0-9]{1,18}}/mo-khoa")
    String unlock(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, RedirectAttributes redirect) {
        Account account = account(id);
        accounts.unlock(staff.actor(), id);
        redirect.addFlashAttribute("notice", "Đã mở khóa tài khoản „" + account.username() + "”.");
        return LIST;
    }

    private String creationForm(Model model, NewAccountForm form) {
        model.addAttribute("form", form);
        model.addAttribute("roles", roles());
        return "account/admin/create";
    }

    private String updateForm(Model model, Account account, AccountForm form) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("roles", roles());
        return "account/admin/edit";
    }

    private Account account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFound("Không tìm thấy tài khoản."));
    }

    private static List<Role> roles() {
        return Arrays.asList(Role.values());
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
