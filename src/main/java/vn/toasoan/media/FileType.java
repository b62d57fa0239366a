package vn.toasoan.media;

/** The kinds of file the newsroom takes, each with the type and extension it is served with. */
enum FileType {
    JPEG(MediaKind.IMAGE, "image/jpeg", "jpg"),
    PNG(MediaKind.IMAGE, "image/png", "png"),
    GIF(MediaKind.IMAGE, "image/gif", "gif"),
    WEBP(MediaKind.IMAGE, "image/webp", "webp"),
    PDF(MediaKind.FILE, "application/pdf", "pdf"),
    DOCX(MediaKind.FILE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DOC(MediaKind.FILE, "application/msword", "doc"),
    XLSX(MediaKind.FILE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT(MediaKind.FILE, "application/vnd.oasis.opendocument.text", "odt");

    final MediaKind kind;
    final String contentType;
    final String extension;

    FileType(MediaKind kind, String contentType, String extension) {
        this.kind = kind;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** Whether a stored name ends with the extension of an image type: only those are shown in the page. */
    static boolean isImageName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        for (FileType type : values()) {
            if (type.kind == MediaKind.IMAGE && type.extension.equals(extension)) {
                return true;
            }
        }
        return false;
    }
}
