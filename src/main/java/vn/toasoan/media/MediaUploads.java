package vn.toasoan.media;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import vn.toasoan.SiteZone;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;

/**
 * Takes uploads into the media library, for the newsroom's forms and the admin API alike. What a file is comes from
 * its bytes alone; images are re-encoded (no metadata of the original survives), turned upright and scaled to the
 * configured widths; files are kept as they came. Nothing is stored unless everything is: files written for an
 * upload whose transaction rolls back are deleted. Pictures are converted before the transaction starts, so a slow
 * conversion never holds a database connection.
 */
@Service
public class MediaUploads {

    static final String ACCEPTED = "Chỉ nhận ảnh JPEG, PNG, GIF, WebP và tệp PDF, Word (.docx, .doc), Excel (.xlsx),"
            + " OpenDocument (.odt)";

    private final MediaProperties properties;
    private final ImageProcessor images;
    private final MediaFiles files;
    private final MediaRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate cleanup;
    private final SiteZone site;
    private final Clock clock;

    MediaUploads(MediaProperties properties, ImageProcessor images, MediaFiles files, MediaRepository repository,
            AuditLog audit, ApplicationEventPublisher events, TransactionTemplate transaction, SiteZone site,
            Clock clock) {
        this.properties = properties;
        this.images = images;
        this.files = files;
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.cleanup = new TransactionTemplate(Objects.requireNonNull(transaction.getTransactionManager()),
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
        this.site = site;
        this.clock = clock;
    }

    /**
     * Checks, converts and stores an upload. Every member of staff may upload; the upload is in the audit log.
     *
     * @param actor who uploads (recorded as the uploader unless it is the system)
     * @return the stored medium, with its copies
     * @throws MediaRejected with the field at fault and a message in Vietnamese; nothing was stored
     */
    public MediaItem upload(Actor actor, MediaUpload upload) {
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new MediaRejected(MediaUpload.FILE, "Hãy chọn một tệp để tải lên (tệp trống không được nhận)");
        }
        FileType type = ContentSniffer.sniff(content)
                .orElseThrow(() -> new MediaRejected(MediaUpload.FILE, ACCEPTED));
        checkSize(type, content.length);
        String altText = MediaTexts.checked(MediaUpload.ALT_TEXT, "Lời mô tả ảnh", upload.altText(),
                MediaTexts.MAX_ALT_TEXT);
        String caption = MediaTexts.checked(MediaUpload.CAPTION, "Chú thích", upload.caption(),
                MediaTexts.MAX_CAPTION);
        String credit = MediaTexts.checked(MediaUpload.CREDIT, "Nguồn ảnh", upload.credit(), MediaTexts.MAX_CREDIT);
        if (type.kind == MediaKind.IMAGE && altText == null) {
            throw new MediaRejected(MediaUpload.ALT_TEXT,
                    "Hãy nhập lời mô tả ảnh: người khiếm thị nghe đọc lời này thay cho ảnh");
        }
        if (type.kind == MediaKind.FILE) {
            altText = null; // a download has its link text; an alt text would be shown nowhere
        }
        String originalName = MediaTexts.originalName(upload.fileName());
        String searchText = MediaTexts.searchText(altText, caption, credit, originalName);
        ImageProcessor.ProcessedImage image = type.kind == MediaKind.IMAGE ? images.process(type, content) : null;
        FileType storedType = image == null ? type : image.format();
        byte[] stored = image == null ? content : image.original().bytes();
        List<ImageProcessor.Encoded> variants = image == null ? List.of() : image.variants();
        Instant now = clock.instant();
        // Named by what is stored, which may differ from the upload: a GIF or WebP becomes a JPEG or PNG.
        String key = files.newKey(originalName, storedType, LocalDate.ofInstant(now, site.get()));
        MediaRow row = new MediaRow(key, storedType, stored.length, image == null ? null : image.original().width(),
                image == null ? null : image.original().height(), altText, caption, credit, originalName, actor.id(),
                searchText, now);
        long id = transaction.execute(status -> {
            List<String> written = writtenInThisTransaction();
            write(written, key, stored);
            long mediaId = repository.insert(row);
            for (ImageProcessor.Encoded variant : variants) {
                String variantKey = MediaFiles.variantKey(key, variant.width());
                write(written, variantKey, variant.bytes());
                repository.insertVariant(mediaId, variant.width(), variant.height(), variantKey,
                        variant.bytes().length);
            }
            audit.record(actor, "media.upload", "media", mediaId, originalName);
            events.publishEvent(new MediaChanged(mediaId));
            return mediaId;
        });
        return repository.find(id).orElseThrow();
    }

    private void checkSize(FileType type, long size) {
        boolean image = type.kind == MediaKind.IMAGE;
        DataSize max = image ? properties.maxImageSize() : properties.maxFileSize();
        if (size > max.toBytes()) {
            throw new MediaRejected(MediaUpload.FILE, image
                    ? "Ảnh lớn quá " + readable(max) + ": hãy thu nhỏ ảnh rồi tải lên lại"
                    : "Tệp lớn quá " + readable(max) + ": hãy nén hoặc chia nhỏ tệp rồi tải lên lại");
        }
    }

    private void write(List<String> written, String key, byte[] bytes) {
        files.write(key, bytes);
        written.add(key);
    }

    /**
     * A list to note the files written for this upload in; they are deleted if the transaction, this one or the
     * caller's that it joined, does not commit, so a failed upload leaves no file behind.
     */
    private List<String> writtenInThisTransaction() {
        List<String> written = new ArrayList<>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    // A transaction of its own: the one that ended can take no more work.
                    cleanup.executeWithoutResult(s -> files.delete(written));
                }
            }
        });
        return written;
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KB" : bytes + " byte";
    }
}
