package vn.toasoan.stats;

import org.springframework.stereotype.Component;

@Component
class TemporaryStatistics implements VisitStatistics {
    @Override
    public StatsSnapshot current() {
        return new StatsSnapshot(0, 0, 0, 0);
    }
}
