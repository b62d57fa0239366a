package vn.toasoan.article;

import java.util.UUID;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.NewAccount;
import vn.toasoan.account.Role;

/** Members of staff for article tests: real accounts (articles reference their author), with unique names. */
final class ArticleStaff {

    static final String PASSWORD = "mat-khau-thu-nghiem-dai";

    private ArticleStaff() {
    }

    /** A new account; {@code username} gets a unique suffix so tests sharing a context never collide. */
    static Account create(Accounts accounts, String username, String displayName, String penName, Role role) {
        String unique = username + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(Actor.system(), new NewAccount(unique, displayName, penName, null, role, PASSWORD));
        return new Account(unique, accounts.find(id).orElseThrow().actor());
    }

    record Account(String username, Actor actor) {
    }
}
