package vn.toasoan.failure;

/** What the command names does not exist (any more). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
