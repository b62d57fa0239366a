package vn.toasoan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which feature owns which table, and the only reads of another feature's table that are allowed. A table is
 * written (INSERT, UPDATE, DELETE, MERGE) by the code of its owner and nobody else: the others ask through the
 * owner's public API or react to its events. {@link TableOwnershipTest} holds the sources and the migrations to
 * this list, so a new table needs an owner here, and a new read across features needs a line and a reason.
 */
final class TableOwners {

    /** Feature package (under {@code vn.toasoan}) → the tables it owns. */
    static final Map<String, Set<String>> OWNED = Map.ofEntries(
            Map.entry("article", Set.of("article", "article_revision", "article_tag", "article_category",
                    "article_media", "article_document_mention", "tag", "article_backfill")),
            Map.entry("category", Set.of("category", "category_old_slug")),
            Map.entry("menu", Set.of("menu_item")),
            Map.entry("banner", Set.of("banner", "banner_lead")),
            Map.entry("document", Set.of("document", "document_attachment", "attachment_blob")),
            Map.entry("media", Set.of("media", "media_variant", "media_blob")),
            Map.entry("settings", Set.of("site_setting")),
            Map.entry("stats", Set.of("visit_day", "article_view_count")),
            Map.entry("account", Set.of("account", "audit_event")),
            Map.entry("api", Set.of("api_token")),
            Map.entry("changes", Set.of("change_feed", "change_feed_pruned")),
            Map.entry("jobs", Set.of("shedlock")));

    /**
     * A feature reading another feature's table in its own SQL: joins that give a list its labels or order, where
     * asking the owner row by row would cost a query per row.
     */
    record ReadOnlyJoin(String reader, String table, String why) {
    }

    static final List<ReadOnlyJoin> READ_ONLY_JOINS = List.of(
            new ReadOnlyJoin("article", "category", "the category name and address beside each article of a list"),
            new ReadOnlyJoin("article", "media", "the cover image of each article of a list"),
            new ReadOnlyJoin("article", "account", "the author's name in the newsroom's article list"),
            new ReadOnlyJoin("article", "article_view_count",
                    "the views shown with an article, and the order of \"Đọc nhiều\" (most read)"),
            new ReadOnlyJoin("category", "article", "the number of articles of each category in the newsroom's tree,"
                    + " and the check that a category to be deleted has none"),
            new ReadOnlyJoin("category", "menu_item", "the check that no menu item links to a category to be deleted"),
            new ReadOnlyJoin("media", "article", "the check that an image to be deleted is no article's cover"),
            new ReadOnlyJoin("media", "article_media", "the check that an image to be deleted is in no article body"),
            new ReadOnlyJoin("stats", "article", "views are counted only for an article that still exists"),
            new ReadOnlyJoin("api", "account", "the account's and the issuer's names in the list of API tokens"));

    private TableOwners() {
    }
}
