package vn.toasoan.account;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import vn.toasoan.Newsroom;

/** The audit log for administrators (see NewsroomPaths): newest first, 50 a page, by kind of action and person. */
@Controller
@RequestMapping(AuditLogController.BASE)
class AuditLogController {

    static final String BASE = Newsroom.PATH + "/nhat-ky";
    static final int PAGE_SIZE = 50;

    /** One line of the page. */
    record Line(Instant at, String actorName, Long actorId, String address, String action, String label,
            String target, String targetUrl, String detail) {
    }

    private final AuditLog audit;
    private final Accounts accounts;

    AuditLogController(AuditLog audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @GetMapping
    String showLog(@RequestParam(name = "loai", defaultValue = "") String group,
            @RequestParam(name = "nguoi", defaultValue = "") String person,
            @RequestParam(name = "trang", defaultValue = "1") String pageParam, Model model) {
        // Unknown filter values mean "all" rather than an error page: they come from edited addresses.
        String prefix = AuditActions.GROUPS.containsKey(group) ? group : "";
        Long actorId = person.matches("[0-9]{1,18}") ? Long.valueOf(person) : null;
        if (!pageParam.matches("[0-9]{1,6}") || Integer.parseInt(pageParam) < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int page = Integer.parseInt(pageParam);
        long total = audit.count(prefix, actorId);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pages) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Line> lines = audit.recent(prefix, actorId, PAGE_SIZE, (page - 1) * PAGE_SIZE).stream()
                .map(e -> new Line(e.occurredAt(), e.actorName(), e.actorId(), e.address(), e.action(),
                        AuditActions.label(e.action()), AuditActions.targetLabel(e.targetType(), e.targetId()),
                        AuditActions.targetUrl(e.targetType(), e.targetId()), e.detail()))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("groups", AuditActions.GROUPS);
        model.addAttribute("group", prefix);
        model.addAttribute("people", accounts.all());
        model.addAttribute("person", actorId == null ? "" : actorId.toString());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", page > 1 ? url(prefix, actorId, page - 1) : null);
        model.addAttribute("nextUrl", page < pages ? url(prefix, actorId, page + 1) : null);
        return "account/admin/audit";
    }

    private static String url(String prefix, Long actorId, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(BASE);
        if (!prefix.isEmpty()) {
            url.queryParam("loai", prefix);
        }
        if (actorId != null) {
            url.queryParam("nguoi", actorId);
        }
        if (page > 1) {
            url.queryParam("trang", page);
        }
        return url.encode().build().toUriString();
    }
}
