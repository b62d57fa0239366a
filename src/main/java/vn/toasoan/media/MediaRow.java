package vn.toasoan.media;

import java.time.Instant;

/** A row of {@code media} about to be written: everything already checked and normalised. */
record MediaRow(String storageKey, FileType type, long byteSize, Integer width, Integer height, String altText,
        String caption, String credit, String originalName, Long uploadedBy, String searchText, Instant createdAt) {
}
