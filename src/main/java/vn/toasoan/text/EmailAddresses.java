package vn.toasoan.text;

import java.util.regex.Pattern;

/** The check an e-mail address typed into a form gets: its shape only, since only sending to it would prove it. */
public final class EmailAddresses {

    /** The longest address SMTP carries (RFC 5321), and the columns' size. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile("[^\\s@\"<>]{1,64}@[^\\s@\"<>]+\\.[^\\s@\"<>]+");

    private EmailAddresses() {
    }

    /** A local part of at most 64 characters, one @, a domain with a dot; no spaces, quotes or angle brackets. */
    public static boolean hasAddressShape(String text) {
        return SHAPE.matcher(text).matches();
    }
}
