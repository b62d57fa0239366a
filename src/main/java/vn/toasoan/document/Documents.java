package vn.toasoan.document;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.text.Slugs;
import vn.toasoan.text.VietnameseDates;
import vn.toasoan.text.VietnameseText;

/** The document registry as the other features see it. */
@Service
public class Documents {

    private final DocumentRepository repository;
    private final Clock clock;

    Documents(DocumentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Optional<DocumentRef> find(long id) {
        return repository.findById(id).map(Document::ref);
    }

    public List<DocumentRef> latest(int limit) {
        return repository.latest(limit, 0).stream().map(Document::ref).toList();
    }

    /** Registers a document; its slug joins type, symbol and date since the symbol alone repeats. */
    @Transactional
    public long register(NewDocument document) {
        NewDocument d = new NewDocument(VietnameseText.nfc(document.symbol()), document.number(), document.year(),
                VietnameseText.nfc(document.typeCode()), VietnameseText.nfc(document.issuerCode()),
                VietnameseText.nfc(document.docType()), VietnameseText.nfc(document.issuingBody()),
                document.issuedOn(), VietnameseText.nfc(document.signer()), VietnameseText.nfc(document.summary()),
                document.effectiveOn());
        String slug = Slugs.slugify(d.docType() + " " + d.symbol() + " " + VietnameseDates.shortDate(d.issuedOn()),
                200);
        return repository.insert(d, slug, clock.instant());
    }
}
