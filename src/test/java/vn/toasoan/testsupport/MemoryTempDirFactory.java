package vn.toasoan.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Puts every {@code @TempDir} where the test contexts keep their data ({@link TestDatabases#dataRoot()}: in memory
 * where the machine has it), for the same reason: search index tests commit and sync files all the time. Named in
 * {@code junit-platform.properties}; JUnit still deletes each directory after its test.
 */
public class MemoryTempDirFactory implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
            throws IOException {
        Path root = TestDatabases.dataRoot();
        return root == null ? Files.createTempDirectory("junit-") : Files.createTempDirectory(root, "junit-");
    }
}
