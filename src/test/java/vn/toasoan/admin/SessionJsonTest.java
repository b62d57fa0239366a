package vn.toasoan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.web.servlet.FlashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.account.Account;
import vn.toasoan.account.Role;
import vn.toasoan.account.StaffUser;

/** What a newsroom session holds, written as JSON and read back as a node of the next version would read it. */
class SessionJsonTest {

    private final SessionJson json = new SessionJson(getClass().getClassLoader());

    private static final Account EDITOR = new Account(42, "bien-tap", "Nguyễn Thị Hồng Nhung", "Hồng Nhung",
            "nhung@example.vn", Role.EDITOR, true, 2, null, Instant.parse("2026-05-07T03:00:00.707227123Z"),
            Instant.parse("2026-01-02T01:02:03Z"), 7);

    @Test
    void theSecurityContextOfALoggedInEditorIsJsonAndComesBackEqual() {
        StaffUser staff = new StaffUser(EDITOR);
        UsernamePasswordAuthenticationToken login =
                UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        login.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = new SecurityContextImpl(login);

        byte[] bytes = json.serialize(context);
        JsonNode tree = JsonMapper.shared().readTree(bytes);

        assertThat(tree.get("@class").asString()).isEqualTo(SecurityContextImpl.class.getName());
        assertThat(tree.at("/authentication/principal/@class").asString()).isEqualTo(StaffUser.class.getName());
        assertThat(tree.at("/authentication/principal/account/displayName").asString())
                .isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(tree.at("/authentication/principal/account/lastLoginAt").asString())
                .isEqualTo("2026-05-07T03:00:00.707227123Z");
        SecurityContext back = (SecurityContext) json.deserialize(bytes);
        StaffUser backStaff = (StaffUser) back.getAuthentication().getPrincipal();
        assertThat(backStaff.account()).isEqualTo(EDITOR);
        assertThat(backStaff.sameCredentialsAs(staff)).isTrue();
        assertThat(back.getAuthentication().isAuthenticated()).isTrue();
        assertThat(back.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_EDITOR");
        assertThat(((WebAuthenticationDetails) back.getAuthentication().getDetails()).getRemoteAddress())
                .isEqualTo("203.0.113.9");
    }

    @Test
    void theCsrfTokenAndTheRequestSavedBeforeLoginComeBack() {
        DefaultCsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "b1e5a2c3-token");
        DefaultCsrfToken backToken = (DefaultCsrfToken) json.deserialize(json.serialize(token));
        assertThat(backToken.getToken()).isEqualTo("b1e5a2c3-token");
        assertThat(backToken.getParameterName()).isEqualTo("_csrf");

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/quan-tri/bai-viet");
        request.setQueryString("trang=2");
        DefaultSavedRequest saved = (DefaultSavedRequest) json.deserialize(json.serialize(
                new DefaultSavedRequest(request)));
        assertThat(saved.getRequestURI()).isEqualTo("/quan-tri/bai-viet");
        assertThat(saved.getQueryString()).isEqualTo("trang=2");
    }

    @Test
    void aLoginFailureKeepsItsVietnameseMessageButNeverThePasswordTried() {
        LockedException failure = new LockedException("Tài khoản tạm khóa vì đăng nhập sai nhiều lần.");
        failure.setAuthenticationRequest(UsernamePasswordAuthenticationToken.unauthenticated("bien-tap",
                "mat-khau-bi-mat"));

        byte[] bytes = json.serialize(failure);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("mat-khau-bi-mat")
                .doesNotContain("stackTrace");
        assertThat((Throwable) json.deserialize(bytes)).isInstanceOf(LockedException.class)
                .hasMessage("Tài khoản tạm khóa vì đăng nhập sai nhiều lần.");
    }

    @Test
    void flashMessagesKeepTheirTargetAndExpiry() {
        FlashMap flash = new FlashMap();
        flash.put("notice", "Đã lưu bản nháp.");
        flash.setTargetRequestPath("/quan-tri/bai-viet/12");
        flash.addTargetRequestParam("tab", "sua");
        flash.setExpirationTime(1_778_126_400_000L);

        Object back = json.deserialize(json.serialize(new CopyOnWriteArrayList<>(List.of(flash))));

        assertThat(back).isInstanceOf(CopyOnWriteArrayList.class);
        FlashMap backFlash = (FlashMap) ((List<?>) back).get(0);
        assertThat(java.util.Map.copyOf(backFlash)).isEqualTo(java.util.Map.of("notice", "Đã lưu bản nháp."));
        assertThat(backFlash.getTargetRequestPath()).isEqualTo("/quan-tri/bai-viet/12");
        assertThat(backFlash.getTargetRequestParams().get("tab")).containsExactly("sua");
        assertThat(backFlash.getExpirationTime()).isEqualTo(1_778_126_400_000L);
    }

    @Test
    void theTimesSpringSessionKeepsComeBackAsTheirOwnTypes() {
        assertThat(json.deserialize(json.serialize(1_778_126_400_000L))).isEqualTo(1_778_126_400_000L);
        assertThat(json.deserialize(json.serialize(1800))).isEqualTo(1800);
    }

    @Test
    void aClassOutsideTheAllowListIsNeverCreated() {
        byte[] foreign = "{\"@class\":\"java.io.File\",\"path\":\"/etc/passwd\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> json.deserialize(foreign)).isInstanceOf(SerializationException.class);
    }
}
