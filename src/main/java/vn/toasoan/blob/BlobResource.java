package vn.toasoan.blob;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A blob as Spring serves a resource: its length, its time (Last-Modified) and, with the file name, its type; a
 * range request reads only what it asks for where the store can skip.
 */
public class BlobResource extends AbstractResource {

    private final Blob blob;
    private final String fileName;

    public BlobResource(Blob blob, String fileName) {
        this.blob = blob;
        this.fileName = fileName;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return blob.open();
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public long contentLength() {
        return blob.length();
    }

    @Override
    public long lastModified() {
        return blob.lastModified().toEpochMilli();
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public String getDescription() {
        return "blob " + fileName;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
