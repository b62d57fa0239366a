package vn.toasoan.stats;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page model {@code statsBeacon}: true in counting mode {@code beacon}, where the fragment
 * {@code stats/widget :: beacon(articleId)} renders the counting script.
 */
@ControllerAdvice
class StatsModelAdvice {

    private final boolean beacon;

    StatsModelAdvice(StatsProperties properties) {
        this.beacon = properties.counting() == StatsProperties.Counting.BEACON;
    }

    @ModelAttribute("statsBeacon")
    boolean statsBeacon() {
        return beacon;
    }
}
