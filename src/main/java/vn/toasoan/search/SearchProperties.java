package vn.toasoan.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search index and search pages.
 *
 * @param maxQueryLength characters of a query that are searched; the rest is ignored (a reader's query is a few
 *        words, and a long one only costs time)
 * @param pageSize results per page, on the page and in the JSON API
 * @param checkOnStart compare the index with the database at start-up and rebuild it in the background when they
 *        differ (a lost, damaged or stale index)
 * @param rebuildOnStart rebuild the index in the background at start-up whatever it holds: the operator's way to
 *        rebuild from the command line ({@code --toasoan.search.rebuild-on-start=true} or
 *        {@code TOASOAN_SEARCH_REBUILD_ON_START=true}); searches keep answering meanwhile
 * @param buildBeforeOpeningUpTo an index with nothing to go on (a new node's, or a lost one) is built before the node
 *        takes requests when the database holds at most this many documents, so the first reader finds them all;
 *        above, the node serves pages at once and builds the index in the background, the search page saying that
 *        results may be incomplete until it is done
 */
@Validated
@ConfigurationProperties("toasoan.search")
public record SearchProperties(@Min(10) @Max(1000) @DefaultValue("200") int maxQueryLength,
        @Min(1) @Max(100) @DefaultValue("10") int pageSize,
        @DefaultValue("true") boolean checkOnStart,
        @DefaultValue("false") boolean rebuildOnStart,
        @Min(0) @DefaultValue("1000") long buildBeforeOpeningUpTo) {
}
