package vn.toasoan.media;

/** A file to store, with what a page needs to show it. */
public record NewMedia(String fileName, String contentType, byte[] content, Integer width, Integer height,
        String altText, String caption, String credit) {
}
