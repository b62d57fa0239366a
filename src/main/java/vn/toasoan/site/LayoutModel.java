package vn.toasoan.site;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.toasoan.Api;
import vn.toasoan.Newsroom;
import vn.toasoan.article.ArticleUrls;
import vn.toasoan.banner.BannerStrip;
import vn.toasoan.banner.Banners;
import vn.toasoan.menu.Menus;
import vn.toasoan.settings.SiteSettings;
import vn.toasoan.stats.VisitStatistics;

/**
 * What every public page shows around its content: the site's name, logo and contact, menus, banner strip,
 * visitor statistics, today's date.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private static final Logger log = LoggerFactory.getLogger(LayoutModel.class);

    private final SiteSettings site;
    private final Menus menus;
    private final Banners banners;
    private final VisitStatistics statistics;
    private final Clock clock;

    LayoutModel(SiteSettings site, Menus menus, Banners banners, VisitStatistics statistics, Clock clock) {
        this.site = site;
        this.menus = menus;
        this.banners = banners;
        this.statistics = statistics;
        this.clock = clock;
    }

    @ModelAttribute
    void addLayout(Model model, HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith(Newsroom.PATH) && !ArticleUrls.isPreview(path)) {
            return; // the newsroom has its own layout and model, except for previews of the public pages
        }
        if (Api.isApi(path)) {
            // @RestController is a @Controller too: without this every beacon and API call read menus and banners.
            return;
        }
        model.addAttribute("site", site.current());
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("stats", statistics.current());
        try {
            model.addAttribute("mainMenu", menus.tree(Menus.MAIN));
            model.addAttribute("footerMenu", menus.tree(Menus.FOOTER));
            model.addAttribute("banner", banners.today());
        } catch (DataAccessException e) {
            // The error page must still render when the database is what failed: it shows the bare layout.
            log.warn("Layout without menus and banners: the database did not answer ({})", e.getMessage());
            model.addAttribute("mainMenu", List.of());
            model.addAttribute("footerMenu", List.of());
            model.addAttribute("banner", new BannerStrip("", List.of()));
        }
    }
}
