package vn.toasoan.api;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.toasoan.account.StaffUser;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.media.MediaItem;
import vn.toasoan.media.MediaUpload;
import vn.toasoan.media.MediaUploads;

/**
 * Uploads to the media library through the admin API, for any member of staff, as in the newsroom: the same
 * {@link MediaUploads} decides what a file is from its bytes, re-encodes images and records the upload.
 */
@RestController
@RequestMapping(path = ApiSecurityConfiguration.ADMIN_API + "/media", produces = MediaType.APPLICATION_JSON_VALUE)
class MediaApiController {

    /**
     * A stored file.
     *
     * @param url its public address; use {@code id} as an article's {@code coverMediaId}
     * @param contentType what is stored, which may differ from the upload (a GIF or WebP becomes a JPEG or PNG)
     */
    record MediaJson(long id, String url, String contentType, long byteSize, Integer width, Integer height,
            String alt) {
    }

    private final MediaUploads uploads;

    MediaApiController(MediaUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MediaJson> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String alt, @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit, @AuthenticationPrincipal StaffUser staff)
            throws IOException {
        MediaItem item;
        try {
            item = uploads.upload(staff.actor(), new MediaUpload(file.getOriginalFilename(), file.getContentType(),
                    file.getBytes(), alt, caption, credit));
        } catch (InvalidInput e) {
            // The library names the text alternative as its form does; the API calls it "alt".
            throw MediaUpload.ALT_TEXT.equals(e.field()) ? new InvalidInput("alt", e.getMessage()) : e;
        }
        return ResponseEntity.created(URI.create(item.url())).body(new MediaJson(item.id(), item.url(),
                item.contentType(), item.byteSize(), item.width(), item.height(), item.altText()));
    }
}
