package vn.toasoan.api;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.SiteZone;
import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.StaffUser;
import vn.toasoan.failure.InvalidInput;

/**
 * The newsroom page of API tokens ({@code /quan-tri/token}, administrators only): the tokens with who they act
 * for and when they were last used, a form to make one, shown once on the page that follows, and revoking.
 */
@Controller
@RequestMapping(ApiTokenController.PAGE)
class ApiTokenController {

    static final String PAGE = Newsroom.PATH + "/token";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** A token as a row of the page shows it. */
    record Row(long id, String name, String account, String prefix, String created, String lastUsed,
            String revoked) {
    }

    /** What was typed into the form, shown again when it is refused. */
    record Form(String name, String accountId) {
    }

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final SiteZone zone;

    ApiTokenController(ApiTokens tokens, Accounts accounts, SiteZone zone) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.zone = zone;
    }

    @GetMapping
    String list(Model model) {
        return page(model, new Form("", ""), null);
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String accountId,
            @AuthenticationPrincipal StaffUser staff, Model model, RedirectAttributes redirect) {
        ApiTokens.Issued issued;
        try {
            issued = tokens.create(staff.actor(), accountIdOf(accountId), name);
        } catch (InvalidInput e) {
            return page(model, new Form(name, accountId), e);
        }
        ApiToken token = tokens.find(issued.id()).orElseThrow();
        redirect.addFlashAttribute("notice", "Đã tạo token „" + token.name() + "” thay mặt " + token.accountName()
                + ". Hãy chép token ngay: nó chỉ hiện một lần.");
        redirect.addFlashAttribute("newToken", issued.token());
        redirect.addFlashAttribute("newTokenName", token.name());
        return "redirect:" + PAGE;
    }

    @PostMapping("/{id}/thu-hoi")
    String revoke(@PathVariable long id, @AuthenticationPrincipal StaffUser staff, RedirectAttributes redirect) {
        tokens.revoke(staff.actor(), id);
        String name = tokens.find(id).map(ApiToken::name).orElse(String.valueOf(id));
        redirect.addFlashAttribute("notice", "Đã thu hồi token „" + name + "”: nó không còn dùng được.");
        return "redirect:" + PAGE;
    }

    private String page(Model model, Form form, InvalidInput invalid) {
        model.addAttribute("tokens", tokens.all().stream().map(this::row).toList());
        model.addAttribute("accounts", accounts.all().stream().filter(Account::enabled).toList());
        model.addAttribute("form", form);
        model.addAttribute("invalid", invalid);
        return "api/admin/tokens";
    }

    private static Long accountIdOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("accountId", "Chọn người dùng trong danh sách.");
        }
    }

    private Row row(ApiToken t) {
        String account = t.accountName() + " (" + t.username() + ")";
        String lastUsed = t.lastUsedAt() == null ? "Chưa dùng"
                : time(t.lastUsedAt()) + (t.lastUsedFrom() == null ? "" : " từ " + t.lastUsedFrom());
        return new Row(t.id(), t.name(), account, t.prefix() + "…", time(t.createdAt()) + " bởi " + t.createdBy(),
                lastUsed, t.revokedAt() == null ? null : time(t.revokedAt()));
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone.get()));
    }
}
