-- Lookup columns of the document registry, both derived from the other columns (and filled again at start-up
-- where missing): symbol_key lets "14-kh/du" and "14 – KH/ĐU" find the document written "14-KH/ĐU";
-- search_text is symbol, type, issuing body and summary folded (no tones, "đ" as "d", lower case), so a
-- reader typing "ke hoach" finds "Kế hoạch" on H2 and PostgreSQL alike.
ALTER TABLE document ADD COLUMN symbol_key VARCHAR(100);
ALTER TABLE document ADD COLUMN search_text VARCHAR(3000);
CREATE INDEX document_by_symbol_key ON document (symbol_key, issued_on);
CREATE INDEX document_by_date ON document (issued_on, id);
