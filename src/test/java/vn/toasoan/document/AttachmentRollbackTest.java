package vn.toasoan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.testsupport.ModuleTest;
import vn.toasoan.testsupport.TestFiles;

/**
 * An attachment whose transaction rolls back after its file was written (here the audit entry fails, as a lock
 * timeout would) leaves neither a row nor a file; a file that a committed attachment also names stays.
 */
@ModuleTest
@TestPropertySource(properties = "spring.application.name=attachment-rollback-test")
class AttachmentRollbackTest {

    @Autowired
    DocumentDesk desk;

    @Autowired
    Documents documents;

    @Autowired
    DataDirectoryProperties data;

    @MockitoSpyBean
    AuditLog audit;

    @Test
    void aRolledBackAttachmentLeavesNoFileButKeepsOneThatIsStillNamed() throws IOException {
        long plan = desk.create(Actor.system(), new NewDocument("21-KH/ĐU", null, null, null, null, null,
                "Đảng ủy Khối", LocalDate.of(2026, 4, 1), null, "Kế hoạch có tệp bị hủy", null));
        long report = desk.create(Actor.system(), new NewDocument("22-BC/ĐU", null, null, null, null, null,
                "Đảng ủy Khối", LocalDate.of(2026, 4, 2), null, "Báo cáo có tệp dùng chung", null));
        byte[] shared = TestFiles.pdf("Tep dung chung cua bao cao 22");
        desk.attach(Actor.system(), report, "bao-cao-22.pdf", shared);
        List<Path> before = files();
        doThrow(new CannotAcquireLockException("Timeout trying to lock table \"AUDIT_LOG\""))
                .when(audit).record(any(Actor.class), eq("document.attach"), anyString(), any(), anyString());

        assertThatThrownBy(() -> desk.attach(Actor.system(), plan, "ke-hoach-21.pdf",
                TestFiles.pdf("Noi dung rieng cua ke hoach 21"))).isInstanceOf(CannotAcquireLockException.class);
        assertThatThrownBy(() -> desk.attach(Actor.system(), plan, "ke-hoach-21.pdf", shared))
                .isInstanceOf(CannotAcquireLockException.class);

        assertThat(documents.attachments(plan)).isEmpty();
        assertThat(files()).isEqualTo(before);
        doCallRealMethod().when(audit).record(any(Actor.class), anyString(), anyString(), any(), anyString());
        desk.attach(Actor.system(), plan, "ke-hoach-21.pdf", TestFiles.pdf("Noi dung rieng cua ke hoach 21"));
        assertThat(files()).hasSize(before.size() + 1);
    }

    private List<Path> files() throws IOException {
        Path root = data.documents();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
