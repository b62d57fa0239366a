/**
 * Staff accounts and who may do what: roles, logins with throttling and locks, sessions, passwords, the first
 * administrator, and the audit log every feature writes its changes to through {@link vn.toasoan.account.AuditLog}.
 */
package vn.toasoan.account;
