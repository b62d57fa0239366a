package vn.toasoan.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.toasoan.Newsroom;
import vn.toasoan.account.AccountProperties;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.FirstAdminCreated;

/**
 * For unattended installs: when the first start of an empty database creates the first administrator, an API token
 * with the value of {@code TOASOAN_ADMIN_TOKEN} is made for them in the same transaction, so a script can publish
 * at once. A token unfit for use stops the start, before anything is created, rather than being ignored.
 */
@Component
class FirstAdminToken {

    static final String NAME = "TOASOAN_ADMIN_TOKEN";

    private static final Logger log = LoggerFactory.getLogger(FirstAdminToken.class);

    private final ApiTokens tokens;
    private final String token;

    FirstAdminToken(ApiTokens tokens, Accounts accounts, AccountProperties properties) {
        this.tokens = tokens;
        this.token = properties.adminToken();
        if (token.isEmpty()) {
            return;
        }
        String problem = ApiTokens.problemWithGiven(token);
        if (problem != null) {
            String message = "TOASOAN_ADMIN_TOKEN (toasoan.account.admin-token) " + problem
                    + ". Tòa Soạn does not start with it.";
            log.error(message);
            throw new IllegalStateException(message);
        }
        if (!accounts.isEmpty()) {
            log.info("TOASOAN_ADMIN_TOKEN is set, but the database already has staff accounts: it is read on the first"
                    + " start of an empty database only. Administrators make tokens at " + Newsroom.PATH + "/token.");
        }
    }

    @EventListener
    void onFirstAdminCreated(FirstAdminCreated event) {
        if (token.isEmpty()) {
            return;
        }
        tokens.createGiven(event.accountId(), token, NAME);
        log.info("API token '{}' created for the first administrator", NAME);
    }
}
