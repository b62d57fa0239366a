package vn.toasoan.article;

/**
 * An image of the library as the editor's pickers list it: TinyMCE's {@code image_list} reads {@code title} and
 * {@code value}; the cover picker also needs the {@code id}.
 */
record ImageChoice(String title, String value, long id) {
}
