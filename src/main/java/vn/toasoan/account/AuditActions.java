package vn.toasoan.account;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.toasoan.Newsroom;

/**
 * How the audit log page names what was done: a Vietnamese label for each known action, the groups of its
 * filter, and where a target can be opened in the newsroom.
 */
public final class AuditActions {

    /** Filter groups by action prefix, in the order of the filter's list. */
    static final Map<String, String> GROUPS = groups();

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("login.success", "Đăng nhập"),
            Map.entry("login.failure", "Đăng nhập sai mật khẩu"),
            Map.entry("account.create", "Tạo tài khoản"),
            Map.entry("account.update", "Sửa tài khoản"),
            Map.entry("account.profile", "Tự sửa tên, bút danh"),
            Map.entry("account.password", "Tự đổi mật khẩu"),
            Map.entry("account.reset-password", "Đặt lại mật khẩu"),
            Map.entry("account.unlock", "Mở khóa tài khoản"),
            Map.entry("article.create", "Tạo bài viết"),
            Map.entry("article.save", "Lưu bài viết"),
            Map.entry("article.submit", "Gửi duyệt bài viết"),
            Map.entry("article.return", "Trả lại bài viết"),
            Map.entry("article.publish", "Đăng bài viết"),
            Map.entry("article.schedule", "Hẹn giờ đăng bài viết"),
            Map.entry("article.went-live", "Bài hẹn giờ đã lên trang"),
            Map.entry("article.reopen", "Mở lại bài viết để sửa"),
            Map.entry("article.unpublish", "Gỡ bài viết"),
            Map.entry("article.archive", "Lưu trữ bài viết"),
            Map.entry("article.restore", "Khôi phục phiên bản bài viết"),
            Map.entry("article.delete", "Xóa bài viết"),
            Map.entry("category.create", "Tạo chuyên mục"),
            Map.entry("category.update", "Sửa chuyên mục"),
            Map.entry("category.move", "Đổi thứ tự chuyên mục"),
            Map.entry("category.delete", "Xóa chuyên mục"),
            Map.entry("menu.create", "Thêm mục menu"),
            Map.entry("menu.update", "Sửa mục menu"),
            Map.entry("menu.move", "Đổi thứ tự menu"),
            Map.entry("menu.delete", "Xóa mục menu"),
            Map.entry("banner.create", "Thêm mục băng chữ"),
            Map.entry("banner.update", "Sửa mục băng chữ"),
            Map.entry("banner.move", "Đổi thứ tự băng chữ"),
            Map.entry("banner.delete", "Xóa mục băng chữ"),
            Map.entry("banner.lead", "Sửa lời dẫn băng chữ"),
            Map.entry("settings.update", "Sửa cài đặt"),
            Map.entry("settings.logo", "Thay logo"),
            Map.entry("settings.logo-remove", "Dùng lại logo mặc định"),
            Map.entry("document.create", "Thêm văn bản"),
            Map.entry("document.update", "Sửa văn bản"),
            Map.entry("document.delete", "Xóa văn bản"),
            Map.entry("document.attach", "Đính kèm tệp vào văn bản"),
            Map.entry("document.detach", "Gỡ tệp đính kèm của văn bản"),
            Map.entry("search.rebuild", "Xây dựng lại chỉ mục tìm kiếm"),
            Map.entry("media.upload", "Tải lên tệp"),
            Map.entry("media.describe", "Sửa mô tả tệp"),
            Map.entry("media.delete", "Xóa tệp"),
            Map.entry("token.create", "Tạo token API"),
            Map.entry("token.revoke", "Thu hồi token API"));

    private static final Map<String, String> TARGETS = Map.of(
            "account", "Tài khoản",
            "article", "Bài viết",
            "category", "Chuyên mục",
            "menu", "Mục menu",
            "banner", "Băng chữ",
            "settings", "Cài đặt",
            "document", "Văn bản",
            "media", "Tệp",
            "api_token", "Token API",
            "search-index", "Chỉ mục tìm kiếm");

    private AuditActions() {
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("login.", "Đăng nhập");
        groups.put("article.", "Bài viết");
        groups.put("account.", "Tài khoản");
        groups.put("category.", "Chuyên mục");
        groups.put("menu.", "Menu");
        groups.put("banner.", "Băng chữ (banner)");
        groups.put("settings.", "Cài đặt");
        groups.put("document.", "Văn bản");
        groups.put("media.", "Tệp, ảnh");
        groups.put("token.", "Token API");
        groups.put("search.", "Chỉ mục tìm kiếm");
        return java.util.Collections.unmodifiableMap(groups);
    }

    /** The Vietnamese label, or the action itself for one this page does not know yet. */
    public static String label(String action) {
        return LABELS.getOrDefault(action, action);
    }

    static String targetLabel(String type, String id) {
        if (type == null) {
            return "";
        }
        String name = TARGETS.getOrDefault(type, type);
        return id == null ? name : name + " #" + id;
    }

    /**
     * The newsroom page of a target, or null: pages of features known to open by id; a deleted target's page
     * answers "không tìm thấy", which is also true.
     */
    public static String targetUrl(String type, String id) {
        if (type == null) {
            return null;
        }
        boolean numeric = id != null && id.matches("[0-9]{1,18}");
        return switch (type) {
            case "account" -> numeric ? Newsroom.PATH + "/nguoi-dung/" + id : null;
            case "category" -> numeric ? Newsroom.PATH + "/chuyen-muc/" + id : null;
            case "menu" -> numeric ? Newsroom.PATH + "/menu/" + id : Newsroom.PATH + "/menu";
            case "banner" -> numeric ? Newsroom.PATH + "/banner/" + id : Newsroom.PATH + "/banner";
            case "settings" -> Newsroom.PATH + "/cai-dat";
            case "article" -> numeric ? Newsroom.PATH + "/bai-viet/" + id : null;
            case "media" -> numeric ? Newsroom.PATH + "/thu-vien/" + id : Newsroom.PATH + "/thu-vien";
            case "document" -> numeric ? Newsroom.PATH + "/van-ban/" + id : null;
            case "search-index" -> Newsroom.PATH + "/chi-muc";
            case "api_token" -> Newsroom.PATH + "/token";
            default -> null;
        };
    }
}
