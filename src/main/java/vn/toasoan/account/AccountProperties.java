package vn.toasoan.account;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Staff accounts and logging in.
 *
 * @param adminUsername the first administrator, created on the first start of an empty database
 * @param adminPassword its password ({@code TOASOAN_ADMIN_PASSWORD}); blank: one is generated and logged once
 * @param slowDownAfter failed logins of one account before each further try must wait
 * @param lockAfter failed logins of one account before it is locked
 * @param lockFor how long a locked account (or address) stays locked unless an administrator unlocks it
 * @param addressLockAfter failed logins from one address (any accounts) within {@code lockFor} before it is locked
 * @param adminToken an admin API token for the first administrator ({@code TOASOAN_ADMIN_TOKEN}), created with
 *        exactly this value on the first start of an empty database; blank: none. At least 32 characters.
 */
@Validated
@ConfigurationProperties("toasoan.account")
public record AccountProperties(
        @NotBlank @DefaultValue("admin") String adminUsername,
        @DefaultValue("") String adminPassword,
        @Min(1) @DefaultValue("3") int slowDownAfter,
        @Min(2) @DefaultValue("10") int lockAfter,
        @DefaultValue("15m") Duration lockFor,
        @Min(2) @DefaultValue("30") int addressLockAfter,
        @DefaultValue("") String adminToken) {
}
