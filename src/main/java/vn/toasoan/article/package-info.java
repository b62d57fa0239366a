/**
 * Articles and static pages: the newsroom desk (drafts, review, scheduled publication, revisions, tags), the
 * sanitised body, the public article pages, and {@link vn.toasoan.article.ArticleChanged} for every change.
 */
package vn.toasoan.article;
