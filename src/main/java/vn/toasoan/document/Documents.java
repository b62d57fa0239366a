package vn.toasoan.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.toasoan.failure.InvalidInput;
import vn.toasoan.text.Folding;
import vn.toasoan.text.Slugs;
import vn.toasoan.text.TypedText;
import vn.toasoan.text.VietnameseCollation;
import vn.toasoan.text.VietnameseDates;
import vn.toasoan.text.VietnameseText;

/** The document registry as the other features see it; every change goes through {@link DocumentDesk}. */
@Service
public class Documents implements SmartInitializingSingleton {

    /** Words of a list search beyond these are ignored: enough for any real query, bounded SQL for the rest. */
    static final int MAX_SEARCH_WORDS = 8;
    static final int MAX_WORD_LENGTH = 100;

    /** Documents read at once by {@link #forEach}. */
    private static final int BATCH = 200;

    private final DocumentRepository repository;
    private final AttachmentRepository attachments;
    private final AttachmentStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Documents(DocumentRepository repository, AttachmentRepository attachments, AttachmentStore files,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.attachments = attachments;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public Optional<DocumentRef> find(long id) {
        return repository.findById(id).map(Document::ref);
    }

    /** The registered document with this id, in full. */
    public Optional<Document> byId(long id) {
        return repository.findById(id);
    }

    /** How many documents are registered. */
    public long count() {
        return repository.count();
    }

    /**
     * Hands every registered document to {@code action}, by id, reading them in batches so that a large registry is
     * never held in memory at once.
     */
    public void forEach(Consumer<Document> action) {
        long after = 0;
        while (true) {
            List<Document> batch = repository.afterId(after, BATCH);
            batch.forEach(action);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    public Optional<Document> bySlug(String slug) {
        return repository.findBySlug(slug);
    }

    public List<DocumentRef> latest(int limit) {
        return repository.latest(limit, 0).stream().map(Document::ref).toList();
    }

    /**
     * The registered document a symbol or a mention refers to: "14-KH/ĐU", "14 – kh/đu" or "Kế hoạch số
     * 14-KH/ĐU" all find the document registered as "14-KH/ĐU". Party numbers restart each term and State
     * numbers each year, so when several documents share the symbol the most recently issued one is meant.
     *
     * @param symbolOrMention a symbol, or a text holding one; may be {@code null}
     * @return the document, or empty if none is registered under that symbol
     */
    public Optional<DocumentRef> bySymbol(String symbolOrMention) {
        if (symbolOrMention == null || symbolOrMention.isBlank() || symbolOrMention.length() > 1000) {
            return Optional.empty();
        }
        String key = DocumentSymbol.parse(symbolOrMention).map(DocumentSymbol::key)
                .orElseGet(() -> DocumentSymbol.keyOf(symbolOrMention));
        return repository.latestByKey(key).map(Document::ref);
    }

    /** One page (1-based) of the documents that pass the filter, the most recently issued first. */
    public DocumentPage search(DocumentFilter filter, int page, int size) {
        List<String> words = searchWords(filter.text());
        long total = repository.count(filter, words);
        // In long: a page number near Integer.MAX_VALUE times the size overflows an int. Past the end: no items.
        long offset = (page - 1L) * size;
        List<Document> items = offset >= total ? List.of() : repository.search(filter, words, size, offset);
        return new DocumentPage(items, page, size, total);
    }

    /** The document types in the registry, in Vietnamese alphabetical order, for a filter's choices. */
    public List<String> docTypes() {
        return repository.docTypes().stream().sorted(VietnameseCollation.comparator()).toList();
    }

    /** The issuing bodies in the registry, in Vietnamese alphabetical order. */
    public List<String> issuingBodies() {
        return repository.issuingBodies().stream().sorted(VietnameseCollation.comparator()).toList();
    }

    /** The years in which registered documents were issued, the latest first. */
    public List<Integer> years() {
        return repository.issueDates().stream().map(LocalDate::getYear).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * The document as it will be stored: text NFC and trimmed, the parts of the symbol that were left out read from
     * it, lengths and identity checked.
     *
     * @param editedId the document being edited, which is no duplicate of itself; {@code null} for a new one
     * @throws InvalidInput naming the field at fault
     */
    NewDocument checked(NewDocument document, Long editedId) {
        String symbol = required(TypedText.line(document.symbol()), "symbol", "Văn bản cần có số, ký hiệu");
        String issuingBody = required(TypedText.line(document.issuingBody()), "issuingBody",
                "Văn bản cần có cơ quan ban hành");
        String summary = required(TypedText.lines(document.summary()), "summary", "Văn bản cần có trích yếu");
        if (document.issuedOn() == null) {
            throw new InvalidInput("issuedOn", "Văn bản cần có ngày ban hành");
        }
        inRange(document.issuedOn(), "issuedOn", "Ngày ban hành");
        inRange(document.effectiveOn(), "effectiveOn", "Ngày hiệu lực");
        if (document.effectiveOn() != null && document.effectiveOn().isBefore(document.issuedOn())) {
            throw new InvalidInput("effectiveOn", "Ngày hiệu lực không thể trước ngày ban hành.");
        }
        Optional<DocumentSymbol> parsed = DocumentSymbol.parse(symbol);
        String docType = Optional.ofNullable(TypedText.line(document.docType()))
                .or(() -> parsed.flatMap(DocumentSymbol::typeName)).orElse("Văn bản");
        NewDocument d = new NewDocument(symbol,
                Optional.ofNullable(TypedText.line(document.number())).orElse(parsed.map(DocumentSymbol::number).orElse(null)),
                document.year() != null ? document.year() : parsed.map(DocumentSymbol::year).orElse(null),
                Optional.ofNullable(TypedText.line(document.typeCode()))
                        .orElse(parsed.map(DocumentSymbol::typeCode).orElse(null)),
                Optional.ofNullable(TypedText.line(document.issuerCode()))
                        .orElse(parsed.map(DocumentSymbol::issuerCode).orElse(null)),
                docType, issuingBody, document.issuedOn(), TypedText.line(document.signer()), summary,
                document.effectiveOn());
        tooLong(d.symbol(), 100, "symbol", "Số, ký hiệu");
        tooLong(d.docType(), 50, "docType", "Loại văn bản");
        tooLong(d.issuingBody(), 300, "issuingBody", "Cơ quan ban hành");
        tooLong(d.summary(), 2000, "summary", "Trích yếu");
        tooLong(d.signer(), 200, "signer", "Người ký");
        if (d.issuerCode() != null && d.issuerCode().length() > 50) {
            // Only an odd symbol reads this long; the code is a convenience, the symbol is what counts.
            d = new NewDocument(d.symbol(), d.number(), d.year(), d.typeCode(), null, d.docType(), d.issuingBody(),
                    d.issuedOn(), d.signer(), d.summary(), d.effectiveOn());
        }
        if (repository.existsOther(d.symbol(), d.issuingBody(), d.issuedOn(), editedId)) {
            throw new InvalidInput("symbol", duplicateMessage(d.symbol(), d.issuingBody(), d.issuedOn()));
        }
        return d;
    }

    /** "Văn bản số 14-KH/ĐU của Ban Thường vụ ngày 26/02/2021 đã có trong danh mục." */
    static String duplicateMessage(String symbol, String issuingBody, LocalDate issuedOn) {
        return "Văn bản số " + symbol + " của " + issuingBody + " ngày " + VietnameseDates.shortDate(issuedOn)
                + " đã có trong danh mục.";
    }

    /** Stores a {@link #checked} document and tells the other features. */
    long insert(NewDocument d) {
        long id = repository.insert(d, uniqueSlug(d), DocumentSymbol.keyOf(d.symbol()), searchText(d.symbol(),
                d.docType(), d.issuingBody(), d.summary()), clock.instant());
        events.publishEvent(new DocumentChanged(id));
        return id;
    }

    /**
     * Stores a checked file of an existing document, with the text read from it, and tells the other features. Runs
     * in the caller's transaction.
     */
    long store(long documentId, String fileName, AttachmentFiles.Kind kind, String text, byte[] content) {
        String key = files.store(content, kind.extension);
        long id = attachments.insert(documentId, AttachmentFiles.safeName(fileName, kind), kind.contentType,
                content.length, key, text, Folding.fold(text), clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.restore(key, content);
            }

            /** A rolled-back attachment takes its file with it, unless a committed one names the same bytes. */
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    files.deleteUnlessNamed(key, attachments::names);
                }
            }
        });
        events.publishEvent(new DocumentChanged(documentId));
        return id;
    }

    /** The files attached to a document, in the order they were attached. */
    public List<Attachment> attachments(long documentId) {
        return attachments.ofDocument(documentId);
    }

    /** An attached file of the document with this slug, for download; empty when its bytes are missing. */
    public Optional<AttachmentFile> attachmentFile(String documentSlug, long attachmentId) {
        return attachments.find(documentSlug, attachmentId)
                .flatMap(s -> files.file(s.storageKey()).map(blob -> new AttachmentFile(s.attachment(), blob)));
    }

    /** The texts extracted from all files attached to a document (NFC), in the order attached, for indexing. */
    public List<String> attachmentTexts(long documentId) {
        return attachments.textsOfDocument(documentId).stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    /** The text extracted from an attached file (NFC), for indexing. */
    public Optional<String> attachmentText(long attachmentId) {
        return attachments.text(attachmentId);
    }

    /** Fills the lookup columns of rows stored before they existed, so old registries link and filter too. */
    @Override
    public void afterSingletonsInstantiated() {
        for (Document d : repository.missingLookup()) {
            repository.setLookup(d.id(), DocumentSymbol.keyOf(d.symbol()),
                    searchText(d.symbol(), d.docType(), d.issuingBody(), d.summary()));
        }
    }

    static String searchText(String symbol, String docType, String issuingBody, String summary) {
        String text = Folding.fold(String.join(" ", symbol, docType, issuingBody, summary));
        return text.length() > 3000 ? text.substring(0, 3000) : text;
    }

    /** The folded words of a reader's query: "Kế hoạch 14-KH" → "ke", "hoach", "14-kh". */
    static List<String> searchWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(Folding.fold(text).strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > MAX_WORD_LENGTH ? w.substring(0, MAX_WORD_LENGTH) : w)
                .distinct().limit(MAX_SEARCH_WORDS).toList();
    }

    String uniqueSlug(NewDocument d) {
        String base = Slugs.slugify(d.docType() + " " + d.symbol() + " " + VietnameseDates.shortDate(d.issuedOn()),
                200);
        if (base.isEmpty()) {
            base = "van-ban";
        }
        String slug = base;
        for (int n = 2; repository.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Catches a mistyped year (0202 for 2020), which a date field takes without a word. */
    private static void inRange(LocalDate date, String field, String label) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2200)) {
            throw new InvalidInput(field, label + " phải trong khoảng năm 1900 đến 2200.");
        }
    }

    private static void tooLong(String value, int max, String field, String label) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(field, label + " dài quá " + max + " ký tự");
        }
    }

    /** {@code clean}, a value cleaned by {@link TypedText}, refused when missing. */
    private static String required(String clean, String field, String message) {
        if (clean == null) {
            throw new InvalidInput(field, message);
        }
        return clean;
    }
}
