package vn.toasoan.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.SiteZone;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.account.StaffUser;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.text.VietnameseDates;

/**
 * The administrator's page of the search index ({@code /quan-tri/chi-muc}): its state, and a button that rebuilds it
 * from the database in the background while searches keep answering. The progress shows without JavaScript (the
 * page refreshes itself while a rebuild runs) and live with it ({@code /js/search-index.js} polls
 * {@code /quan-tri/chi-muc/tien-do}).
 */
@Controller
class SearchIndexController {

    static final String PAGE = Newsroom.PATH + "/chi-muc";
    static final String ALREADY_RUNNING = "Chỉ mục đang được xây dựng lại; vui lòng đợi lần này xong rồi thử lại.";
    static final String STARTED = "Đã bắt đầu xây dựng lại chỉ mục. Tìm kiếm vẫn hoạt động trong lúc chờ.";

    private final SearchIndex index;
    private final AuditLog audit;
    private final SiteZone zone;

    SearchIndexController(SearchIndex index, AuditLog audit, SiteZone zone) {
        this.index = index;
        this.audit = audit;
        this.zone = zone;
    }

    @GetMapping(PAGE)
    String showIndex(Model model) {
        model.addAttribute("state", index.state());
        return "search/admin/index";
    }

    @PostMapping(PAGE + "/xay-dung-lai")
    String rebuildIndex(@AuthenticationPrincipal StaffUser staff, RedirectAttributes redirect) {
        // The address is for administrators only already; a second check where the work starts.
        if (!staff.role().includes(Role.ADMIN)) {
            throw new NotPermitted("Chỉ quản trị viên được xây dựng lại chỉ mục tìm kiếm.");
        }
        if (index.startRebuild()) {
            audit.record(staff.actor(), "search.rebuild", "search-index", null,
                    "Từ trang Chỉ mục tìm kiếm; chỉ mục có " + index.size() + " mục");
            redirect.addFlashAttribute("notice", STARTED);
        } else {
            redirect.addFlashAttribute("problem", ALREADY_RUNNING);
        }
        return "redirect:" + PAGE;
    }

    /** The state as JSON for the page's script; never cached. */
    @GetMapping(path = PAGE + "/tien-do", produces = "application/json")
    ResponseEntity<Map<String, Object>> progress() {
        IndexState state = index.state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("running", state.rebuild().running());
        body.put("done", state.rebuild().done());
        body.put("total", state.rebuild().total());
        body.put("percent", state.rebuild().percent());
        body.put("documents", state.documents());
        body.put("lastRebuiltAt", state.lastRebuiltAt() == null ? null
                : VietnameseDates.isoDateTime(state.lastRebuiltAt(), zone.get()));
        body.put("failure", state.lastFailure());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
