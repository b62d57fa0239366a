package vn.toasoan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.blob.DirectoryBlobStore;

/**
 * Files shared by content leave the disk only when no attachment names them, also when an attachment of the same
 * bytes commits while the file is being removed.
 */
class AttachmentStoreTest {

    static final byte[] BYTES = "%PDF-1.4 tệp thử".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    AttachmentStore store() {
        return new AttachmentStore(area -> new DirectoryBlobStore(area.directory()), new DataDirectoryProperties(dataDir),
                new DataSourceTransactionManager(new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:")));
    }

    Path path(String key) {
        return dataDir.resolve("documents").resolve(key);
    }

    /** Answers in turn, one answer per question asked. */
    static Predicate<String> answers(List<String> asked, Boolean... answers) {
        Iterator<Boolean> next = List.of(answers).iterator();
        return key -> {
            asked.add(key);
            return next.next();
        };
    }

    @Test
    void aFileNoAttachmentNamesIsDeleted() throws IOException {
        AttachmentStore store = store();
        String key = store.store(BYTES, ".pdf");
        List<String> asked = new ArrayList<>();

        store.deleteUnlessNamed(key, answers(asked, false, false));

        assertThat(asked).containsExactly(key, key);
        assertThat(path(key)).doesNotExist();
        assertThat(filesIn(path(key).getParent())).isEmpty();
    }

    @Test
    void aFileAnotherAttachmentNamesStays() {
        AttachmentStore store = store();
        String key = store.store(BYTES, ".pdf");
        List<String> asked = new ArrayList<>();

        store.deleteUnlessNamed(key, answers(asked, true));

        assertThat(asked).containsExactly(key);
        assertThat(path(key)).hasBinaryContent(BYTES);
    }

    @Test
    void aFileAttachedAgainWhileBeingRemovedIsPutBack() throws IOException {
        AttachmentStore store = store();
        String key = store.store(BYTES, ".pdf");

        store.deleteUnlessNamed(key, answers(new ArrayList<>(), false, true));

        assertThat(path(key)).hasBinaryContent(BYTES);
        assertThat(filesIn(path(key).getParent())).containsExactly(path(key).getFileName().toString());
    }

    @Test
    void whenTheDatabaseCannotTellTheFileStays() {
        AttachmentStore store = store();
        String key = store.store(BYTES, ".pdf");

        store.deleteUnlessNamed(key, k -> {
            throw new IllegalStateException("cơ sở dữ liệu không trả lời");
        });

        assertThat(path(key)).hasBinaryContent(BYTES);
    }

    @Test
    void aFileAlreadyGoneIsNoFailure() {
        AttachmentStore store = store();
        String key = store.store(BYTES, ".pdf");
        store.deleteUnlessNamed(key, answers(new ArrayList<>(), false, false));
        List<String> asked = new ArrayList<>();

        store.deleteUnlessNamed(key, answers(asked, false, false));

        assertThat(asked).containsExactly(key, key);
        assertThat(path(key)).doesNotExist();
    }

    @Test
    void anAttachmentCommittedAfterItsFileWasRemovedWritesItAgain() {
        AttachmentStore store = store();
        String key = store.store(BYTES, ".pdf");
        store.deleteUnlessNamed(key, answers(new ArrayList<>(), false, false));

        store.restore(key, BYTES);

        assertThat(path(key)).hasBinaryContent(BYTES);
    }

    static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
