/**
 * The ways a command can fail that every feature shares, so the newsroom pages and the admin API answer them
 * alike: bad input (400, with the field), not permitted (403), not found (404), edited meanwhile (409), the
 * database busy with another save (503). {@link vn.toasoan.failure.FailureAnswer} is that mapping, written once. A
 * leaf: it depends on nothing of ours.
 */
package vn.toasoan.failure;
