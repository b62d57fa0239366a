-- Jobs that must run on one node at a time across the cluster (vn.toasoan.jobs): ShedLock's lock rows, one per job
-- name, taken and released with the database's own clock, so the nodes' clocks do not matter. The columns are the
-- ones ShedLock's JDBC provider reads and writes (times in UTC, without a zone, as it stores them).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
