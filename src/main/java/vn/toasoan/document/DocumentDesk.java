package vn.toasoan.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.VersionConflict;
import vn.toasoan.text.TypedText;
import vn.toasoan.text.VietnameseDates;
import vn.toasoan.text.VietnameseText;

/**
 * Every change of the document registry by staff, from the newsroom's pages and the admin API alike: create, edit,
 * delete, attach and remove files, with one set of rules. Editors and administrators only. Edits and deletions name
 * the version they were read at (optimistic locking). Every change is audited in its own transaction and publishes
 * {@link DocumentChanged}, which the search index and the page cache follow. Failures name the field at fault
 * ({@link InvalidInput}); files leave the disk only once their removal is committed.
 */
@Service
public class DocumentDesk {

    private static final String NOT_AN_EDITOR = "Chỉ biên tập viên và quản trị viên được sửa danh mục văn bản.";
    /** Tries of a save that lost a race to another save (for its address, or waiting for a lock). */
    private static final int SAVE_ATTEMPTS = 3;

    private final Documents documents;
    private final DocumentRepository repository;
    private final AttachmentRepository attachments;
    private final AttachmentStore files;
    private final List<DocumentReferences> references;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DocumentDesk(Documents documents, DocumentRepository repository, AttachmentRepository attachments,
            AttachmentStore files, List<DocumentReferences> references, AuditLog audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.documents = documents;
        this.repository = repository;
        this.attachments = attachments;
        this.files = files;
        this.references = references;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Registers a document typed in the newsroom's form.
     *
     * @throws InvalidInput as {@link #create(Actor, NewDocument)}, and when a date is not one
     */
    public long create(Actor actor, DocumentForm form) {
        actor.require(Role.EDITOR, NOT_AN_EDITOR);
        return create(actor, parse(form));
    }

    /**
     * Registers a document. Text is made NFC and trimmed; the number, year, type and issuer codes, and the type in
     * words when left out, are read from the symbol.
     *
     * @throws InvalidInput when a field is missing, malformed or too long, or the document (same symbol, issuing
     *     body and date) is already registered, also when it was registered at the same moment
     */
    public long create(Actor actor, NewDocument typed) {
        actor.require(Role.EDITOR, NOT_AN_EDITOR);
        return write(typed, null, () -> {
            NewDocument d = documents.checked(typed, null);
            long id = documents.insert(d);
            audit.record(actor, "document.create", "document", id, identity(d));
            return id;
        });
    }

    /** Saves an edit typed in the newsroom's form; see {@link #update(Actor, long, int, NewDocument)}. */
    public void update(Actor actor, long id, int version, DocumentForm form) {
        actor.require(Role.EDITOR, NOT_AN_EDITOR);
        update(actor, id, version, parse(form));
    }

    /**
     * Saves an edit of the document read at {@code version}, with the rules of {@link #create(Actor, NewDocument)}.
     * The public address stays the same.
     *
     * @throws VersionConflict when someone saved the document since
     * @throws NotFound when it was deleted
     */
    public void update(Actor actor, long id, int version, NewDocument typed) {
        actor.require(Role.EDITOR, NOT_AN_EDITOR);
        write(typed, id, () -> {
            Document before = existing(id);
            NewDocument d = documents.checked(typed, id);
            if (repository.update(id, version, d, DocumentSymbol.keyOf(d.symbol()),
                    Documents.searchText(d.symbol(), d.docType(), d.issuingBody(), d.summary()), clock.instant()) == 0) {
                throw conflict(id, "trong lúc bạn sửa",
                        "Thay đổi của bạn chưa được lưu: hãy mở lại văn bản để xem bản mới rồi sửa lại.");
            }
            audit.record(actor, "document.update", "document", id, identity(d) + changes(before, d));
            events.publishEvent(new DocumentChanged(id));
            return id;
        });
    }

    /**
     * Deletes a document, read at {@code version}, that nothing refers to; its attached files leave the disk once
     * the deletion is committed. Articles that mention it in their text keep the text; it no longer links.
     *
     * @throws InvalidInput when articles cite it ({@link #references} lists them)
     * @throws VersionConflict when someone saved the document since
     */
    public void delete(Actor actor, long id, int version) {
        actor.require(Role.EDITOR, NOT_AN_EDITOR);
        transactions.executeWithoutResult(status -> {
            Document d = existing(id);
            List<DocumentReference> citing = references(id);
            if (!citing.isEmpty()) {
                throw new InvalidInput(null, "Văn bản " + d.symbol() + " được " + citing.size()
                        + " bài viết dẫn chiếu: hãy bỏ văn bản khỏi các bài đó trước.");
            }
            List<String> storedFiles = attachments.storageKeysOfDocument(id);
            if (repository.delete(id, version) == 0) {
                throw conflict(id, "sau khi bạn mở nó",
                        "Văn bản chưa bị xóa: hãy mở lại để xem bản mới rồi quyết định.");
            }
            audit.record(actor, "document.delete", "document", id, identity(d));
            removeAfterCommit(storedFiles);
            events.publishEvent(new DocumentChanged(id));
        });
    }

    /**
     * Attaches a PDF or DOCX file; what it is, is read from its bytes. The text is extracted before the
     * transaction: a large file takes a while, and no connection waits for it.
     *
     * @throws InvalidInput (field {@code file}) when the file is empty, too large, of another kind than its name
     *     says, not PDF or DOCX, damaged or locked
     */
    public long attach(Actor actor, long documentId, String fileName, byte[] content) {
        actor.require(Role.EDITOR, NOT_AN_EDITOR);
        existing(documentId);
        AttachmentFiles.Kind kind;
        String text;
        try {
            kind = AttachmentFiles.kindOf(VietnameseText.nfc(fileName), content);
            text = AttachmentFiles.text(kind, content);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("file", e.getMessage());
        }
        Long id = transactions.execute(status -> {
            Document d = existing(documentId);
            long attachmentId = documents.store(documentId, fileName, kind, text, content);
            audit.record(actor, "document.attach", "document", documentId,
                    AttachmentFiles.safeName(fileName, kind) + " → " + d.symbol());
            return attachmentId;
        });
        return Objects.requireNonNull(id);
    }

    /** Removes an attached file from the document; the file leaves the disk once that is committed. */
    public void detach(Actor actor, long documentId, long attachmentId) {
        actor.require(Role.EDITOR, NOT_AN_EDITOR);
        transactions.executeWithoutResult(status -> {
            Document d = existing(documentId);
            AttachmentRepository.Stored file = attachments.findInDocument(documentId, attachmentId)
                    .orElseThrow(() -> new NotFound("Văn bản không có tệp đính kèm này (có thể đã được gỡ)."));
            attachments.delete(documentId, attachmentId);
            audit.record(actor, "document.detach", "document", documentId,
                    file.attachment().fileName() + " ← " + d.symbol());
            removeAfterCommit(List.of(file.storageKey()));
            events.publishEvent(new DocumentChanged(documentId));
        });
    }

    /** What refers to the document and so keeps it from being deleted (articles citing it), whatever its state. */
    public List<DocumentReference> references(long documentId) {
        List<DocumentReference> all = new ArrayList<>();
        for (DocumentReferences source : references) {
            all.addAll(source.referencing(documentId));
        }
        return all;
    }

    private Document existing(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("Không tìm thấy văn bản " + id
                + " (có thể đã bị xóa)."));
    }

    /**
     * Runs a create or an edit in a transaction. Two saves of the same document racing both pass our identity check;
     * the database's unique constraint stops the second, which is answered as ours would. Two new documents of one
     * type, symbol and date from different bodies may race for the same address (slug): the loser tries again and
     * gets the next free one. H2 gives up waiting for the other save after its lock timeout: that is tried again too.
     *
     * @param editedId the document edited, {@code null} for a new one
     */
    private long write(NewDocument typed, Long editedId, Supplier<Long> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(transactions.execute(status -> write.get()));
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                String symbol = TypedText.line(typed.symbol());
                String issuingBody = TypedText.line(typed.issuingBody());
                if (repository.existsOther(symbol, issuingBody, typed.issuedOn(), editedId)) {
                    throw new InvalidInput("symbol", Documents.duplicateMessage(symbol, issuingBody, typed.issuedOn()));
                }
                if (attempt == SAVE_ATTEMPTS) {
                    throw new InvalidInput(null, "Văn bản khác vừa được lưu cùng lúc nên văn bản này chưa được lưu:"
                            + " hãy lưu lại.");
                }
            }
        }
    }

    /** Deletes these files once the transaction commits, each unless another attachment still names it. */
    private void removeAfterCommit(List<String> storageKeys) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storageKeys.forEach(key -> files.deleteUnlessNamed(key, attachments::names));
            }
        });
    }

    /**
     * Refused for a document changed or deleted since it was read; says by whom, when the log knows.
     *
     * @param when "trong lúc bạn sửa"
     * @param outcome what became of the change, and what to do
     */
    private RuntimeException conflict(long id, String when, String outcome) {
        Optional<Document> current = repository.findById(id);
        if (current.isEmpty()) {
            return new NotFound("Văn bản này đã bị xóa " + when + ".");
        }
        String who = audit.about("document", id).stream().findFirst().map(e -> " bởi " + e.actorName()).orElse("");
        return new VersionConflict("Văn bản đã được sửa" + who + " " + when + ". " + outcome, current.get().version());
    }

    /** The form's text as a document: dates parsed, text left for {@link Documents#checked} to clean. */
    static NewDocument parse(DocumentForm form) {
        LocalDate issuedOn = date(form.issuedOn(), "issuedOn", "Ngày ban hành");
        LocalDate effectiveOn = date(form.effectiveOn(), "effectiveOn", "Ngày hiệu lực");
        return new NewDocument(form.symbol(), null, null, null, null, form.docType(), form.issuingBody(), issuedOn,
                form.signer(), form.summary(), effectiveOn);
    }

    /** yyyy-MM-dd from a date input, or dd/MM/yyyy typed by hand; blank is no date. */
    static LocalDate date(String text, String field, String label) {
        String value = TypedText.line(text);
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date;
        if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                date = Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                date = Optional.empty();
            }
        } else {
            date = VietnameseDates.parseDayMonthYear(value);
        }
        return date.orElseThrow(() -> new InvalidInput(field,
                label + " không đúng: hãy nhập ngày/tháng/năm, ví dụ 26/02/2021."));
    }

    /** "14-KH/ĐU · Ban Thường vụ Đảng ủy · 26/02/2021". */
    private static String identity(NewDocument d) {
        return identity(d.symbol(), d.issuingBody(), d.issuedOn());
    }

    private static String identity(Document d) {
        return identity(d.symbol(), d.issuingBody(), d.issuedOn());
    }

    private static String identity(String symbol, String issuingBody, LocalDate issuedOn) {
        return symbol + " · " + issuingBody + " · " + VietnameseDates.shortDate(issuedOn);
    }

    /** ": sửa trích yếu, người ký" — which fields an edit changed, for the log. */
    private static String changes(Document before, NewDocument after) {
        List<String> changed = new ArrayList<>();
        note(changed, "số, ký hiệu", before.symbol(), after.symbol());
        note(changed, "loại", before.docType(), after.docType());
        note(changed, "cơ quan ban hành", before.issuingBody(), after.issuingBody());
        note(changed, "ngày ban hành", before.issuedOn(), after.issuedOn());
        note(changed, "người ký", before.signer(), after.signer());
        note(changed, "trích yếu", before.summary(), after.summary());
        note(changed, "ngày hiệu lực", before.effectiveOn(), after.effectiveOn());
        return changed.isEmpty() ? ": không đổi gì" : ": sửa " + String.join(", ", changed);
    }

    private static void note(List<String> changed, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(label);
        }
    }
}
