package vn.toasoan.stats;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The figures as JSON: {@code {"total":…,"online":…,"today":…,"yesterday":…}}, never cached. */
@RestController
class StatsController {

    private final VisitStatistics statistics;

    StatsController(VisitStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/stats")
    ResponseEntity<StatsSnapshot> stats() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(statistics.current());
    }
}
