package vn.toasoan.account;

import vn.toasoan.changes.FeedChange;

/**
 * Published, inside its transaction, when an account was created or its role, state, names or password changed:
 * every node must apply it to the sessions it holds.
 */
public record AccountChanged(long accountId) implements FeedChange {

    public static final String TOPIC = "account";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Long subject() {
        return accountId;
    }
}
