package vn.toasoan.media;

/** What a stored medium is: a picture shown on pages, or a file readers download. */
public enum MediaKind {
    IMAGE, FILE
}
