package vn.toasoan.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.Newsroom;

/**
 * The first start of an empty database creates an administrator. The password comes from
 * {@code TOASOAN_ADMIN_PASSWORD} or is generated and printed to the log once: there is no default password
 * anyone could look up.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    FirstAdmin(Accounts accounts, AccountProperties properties, ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (!accounts.isEmpty()) {
                return;
            }
            boolean generated = properties.adminPassword().isBlank();
            String password = generated ? accounts.generatePassword() : properties.adminPassword();
            long id = accounts.create(Actor.system(), new NewAccount(properties.adminUsername(), "Quản trị viên",
                    null, null, Role.ADMIN, password));
            events.publishEvent(new FirstAdminCreated(id));
            if (generated) {
                log.warn("""

                        ============================================================
                        Tài khoản quản trị đầu tiên / first administrator account
                          tên đăng nhập / username: {}
                          mật khẩu / password:      {}
                        Đăng nhập tại {} và đổi mật khẩu ngay. Mật khẩu này chỉ in một lần.
                        ============================================================""",
                        properties.adminUsername(), password, Newsroom.PATH);
            } else {
                log.info("First administrator '{}' created with the password from TOASOAN_ADMIN_PASSWORD",
                        properties.adminUsername());
            }
        });
    }
}
