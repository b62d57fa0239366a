package vn.toasoan.changes;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The change feed.
 *
 * @param pollInterval how often this node reads the feed for changes it did not make itself (another node's, or a
 *     transaction that committed late); its own changes are followed at once, after their commit
 * @param gapTimeout how long an unused number below a seen entry is watched for a transaction still to commit;
 *     longer than any transaction that writes the feed should take
 * @param retention how long entries are kept; a node that was down longer starts its followers over
 * @param behindAfter a follower with a committed entry older than this that it has not applied makes the node's
 *     health OUT_OF_SERVICE
 */
@Validated
@ConfigurationProperties("toasoan.changes")
public record ChangeFeedProperties(@NotNull @DefaultValue("1s") Duration pollInterval,
        @NotNull @DefaultValue("10m") Duration gapTimeout,
        @NotNull @DefaultValue("7d") Duration retention,
        @NotNull @DefaultValue("30s") Duration behindAfter) {
}
