package vn.toasoan.media;

import vn.toasoan.failure.InvalidInput;

/**
 * An upload or change the library refuses, with a message for the person who made it. Nothing was stored.
 *
 * <p>{@link #field()} names the input at fault, as in {@link MediaUpload} ({@code file}, {@code altText},
 * {@code caption}, {@code credit}), so a form can show the message next to it and the API return it with a 400.
 */
public class MediaRejected extends InvalidInput {

    public MediaRejected(String field, String message) {
        super(field, message);
    }
}
