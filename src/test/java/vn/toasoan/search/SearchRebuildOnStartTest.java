package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.toasoan.testsupport.FixedClockConfiguration;

/**
 * The operator's command-line rebuild: {@code --toasoan.search.rebuild-on-start=true} rebuilds at start-up even when
 * the start-up check is off (here, so nothing else would).
 */
@SpringBootTest(properties = {"spring.application.name=search-rebuild-on-start-test",
    "toasoan.search.check-on-start=false", "toasoan.search.rebuild-on-start=true"})
@Import(FixedClockConfiguration.class)
class SearchRebuildOnStartTest {

    @Autowired
    SearchIndex index;

    @Test
    void theIndexIsRebuiltAtStartUp() throws InterruptedException {
        // Started when the application became ready, before the test runs; waiting starts nothing.
        for (int i = 0; i < 600 && index.rebuildProgress().running(); i++) {
            Thread.sleep(50);
        }
        IndexState state = index.state();
        assertThat(state.lastRebuiltAt()).isEqualTo(FixedClockConfiguration.START);
        assertThat(state.rebuild().percent()).isEqualTo(100);
        assertThat(state.documents()).isPositive().isEqualTo(state.rebuild().total());
    }
}
