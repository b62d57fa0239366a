package vn.toasoan.admin;

import java.util.List;

import vn.toasoan.account.Role;

/** The newsroom menu: each member of staff sees the sections their role may open. */
public record NewsroomNavigation(String label, String url, Role needs) {

    private static final List<NewsroomNavigation> ALL = List.of(
            new NewsroomNavigation("Bảng điều khiển", "/quan-tri", Role.AUTHOR),
            new NewsroomNavigation("Bài viết", "/quan-tri/bai-viet", Role.AUTHOR),
            new NewsroomNavigation("Thư viện ảnh, tệp", "/quan-tri/thu-vien", Role.AUTHOR),
            new NewsroomNavigation("Văn bản", "/quan-tri/van-ban", Role.EDITOR),
            new NewsroomNavigation("Chuyên mục", "/quan-tri/chuyen-muc", Role.EDITOR),
            new NewsroomNavigation("Menu", "/quan-tri/menu", Role.EDITOR),
            new NewsroomNavigation("Băng chữ chạy", "/quan-tri/banner", Role.EDITOR),
            new NewsroomNavigation("Người dùng", "/quan-tri/nguoi-dung", Role.ADMIN),
            new NewsroomNavigation("Token API", "/quan-tri/token", Role.ADMIN),
            new NewsroomNavigation("Cài đặt", "/quan-tri/cai-dat", Role.ADMIN),
            new NewsroomNavigation("Chỉ mục tìm kiếm", "/quan-tri/chi-muc", Role.ADMIN),
            new NewsroomNavigation("Nhật ký", "/quan-tri/nhat-ky", Role.ADMIN));

    static List<NewsroomNavigation> forRole(Role role) {
        return ALL.stream().filter(item -> role.includes(item.needs())).toList();
    }

    /** The current section: the dashboard only on its own address, the others on any address below theirs. */
    public boolean isCurrent(String path) {
        return url.equals("/quan-tri") ? path.equals(url) : path.equals(url) || path.startsWith(url + "/");
    }
}
