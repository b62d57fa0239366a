package vn.toasoan.article;

/** Where an article stands in the editorial workflow; only PUBLISHED ones reach readers. */
public enum ArticleStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, UNPUBLISHED, ARCHIVED
}
