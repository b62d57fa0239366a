package vn.toasoan.failure;

/** Bad input: which field and why, in Vietnamese for the person who typed it. Nothing was changed. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field or JSON property at fault. */
    public String field() {
        return field;
    }
}
