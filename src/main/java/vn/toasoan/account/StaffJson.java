package vn.toasoan.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a logged-in member of staff is written as JSON where sessions are shared between nodes (Redis): the
 * account and the credentials stamp of {@link StaffUser}, and the login failure shown on the login page. JSON, not
 * Java serialisation, so a node of the next version reads what this one wrote. The failure keeps only its message:
 * Spring Security attaches the attempted login to it, password included, which must never be stored.
 */
public final class StaffJson extends SimpleModule {

    public StaffJson() {
        super(StaffJson.class.getName());
        setMixInAnnotation(StaffUser.class, StaffUserMixin.class);
        for (Class<?> failure : LOGIN_FAILURES) {
            setMixInAnnotation(failure, LoginFailureMixin.class);
        }
    }

    /** The login failures this package throws, which the login page reads back from the session. */
    private static final Class<?>[] LOGIN_FAILURES = {
        BadCredentialsException.class, LockedException.class, DisabledException.class};

    /** Allows this package's types where JSON names the class to create (and nothing else of ours). */
    public static void allow(BasicPolymorphicTypeValidator.Builder types) {
        types.allowIfSubType(StaffUser.class).allowIfSubType(Account.class).allowIfSubType(Role.class);
        for (Class<?> failure : LOGIN_FAILURES) {
            types.allowIfSubType(failure);
        }
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    @JsonIgnoreProperties(ignoreUnknown = true)
    abstract static class StaffUserMixin {
        @JsonCreator
        StaffUserMixin(@JsonProperty("account") Account account,
                @JsonProperty("credentialsStamp") int credentialsStamp) {
        }
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    @JsonIgnoreProperties(ignoreUnknown = true)
    abstract static class LoginFailureMixin {
        @JsonCreator
        LoginFailureMixin(@JsonProperty("message") String message) {
        }

        @JsonProperty("message")
        abstract String getMessage();
    }
}
