package vn.toasoan.site;

import vn.toasoan.SiteProperties;
import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.toasoan.banner.Banners;
import vn.toasoan.menu.Menus;
import vn.toasoan.stats.VisitStatistics;

/** What every public page shows around its content: menus, banner strip, visitor statistics, today's date. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final SiteProperties site;
    private final Menus menus;
    private final Banners banners;
    private final VisitStatistics statistics;
    private final Clock clock;

    LayoutModel(SiteProperties site, Menus menus, Banners banners, VisitStatistics statistics, Clock clock) {
        this.site = site;
        this.menus = menus;
        this.banners = banners;
        this.statistics = statistics;
        this.clock = clock;
    }

    @ModelAttribute
    void addLayout(Model model) {
        model.addAttribute("site", site);
        model.addAttribute("mainMenu", menus.tree(Menus.MAIN));
        model.addAttribute("footerMenu", menus.tree(Menus.FOOTER));
        model.addAttribute("banner", banners.today());
        model.addAttribute("stats", statistics.current());
        model.addAttribute("now", Instant.now(clock));
    }
}
