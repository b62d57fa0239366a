-- Raised whenever an account's password is changed or reset, or the account is disabled. A session remembers the
-- stamp it logged in with and is ended at its next request once the stamp has moved on (CurrentStaffFilter); the
-- session that changed its own password takes the new stamp and stays.
ALTER TABLE account ADD COLUMN credentials_stamp INT NOT NULL DEFAULT 0;
