package vn.toasoan.failure;

/** The actor's role or ownership does not allow this; nothing was changed. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
