package vn.toasoan.article;

/** A tag (thẻ): a word or phrase that gathers articles across categories, with its own public page. */
public record Tag(long id, String slug, String name) {

    public String url() {
        return "/the/" + slug;
    }
}
