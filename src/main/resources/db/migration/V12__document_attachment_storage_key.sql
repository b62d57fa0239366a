-- "Does another attachment still name this file?" is asked before a shared file leaves the disk, after every
-- detach, deletion and rolled-back attachment: answered from an index, not by reading the table.
CREATE INDEX document_attachment_storage_key ON document_attachment (storage_key);
