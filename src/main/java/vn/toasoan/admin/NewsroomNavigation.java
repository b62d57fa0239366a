package vn.toasoan.admin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.toasoan.Newsroom;
import vn.toasoan.account.Role;

/** The newsroom menu: each member of staff sees the sections their role may open ({@link NewsroomPaths}). */
public record NewsroomNavigation(String label, String url) {

    private static final List<NewsroomNavigation> ALL = List.of(
            new NewsroomNavigation("Bảng điều khiển", Newsroom.PATH),
            new NewsroomNavigation("Bài viết", Newsroom.PATH + "/bai-viet"),
            new NewsroomNavigation("Thư viện ảnh, tệp", Newsroom.PATH + "/thu-vien"),
            new NewsroomNavigation("Văn bản", Newsroom.PATH + "/van-ban"),
            new NewsroomNavigation("Chuyên mục", Newsroom.PATH + "/chuyen-muc"),
            new NewsroomNavigation("Menu", Newsroom.PATH + "/menu"),
            new NewsroomNavigation("Băng chữ chạy", Newsroom.PATH + "/banner"),
            new NewsroomNavigation("Người dùng", Newsroom.PATH + "/nguoi-dung"),
            new NewsroomNavigation("Token API", Newsroom.PATH + "/token"),
            new NewsroomNavigation("Cài đặt", Newsroom.PATH + "/cai-dat"),
            new NewsroomNavigation("Chỉ mục tìm kiếm", Newsroom.PATH + "/chi-muc"),
            new NewsroomNavigation("Nhật ký", Newsroom.PATH + "/nhat-ky"));

    /** Worked out once: every newsroom page shows the menu, and it depends on the role alone. */
    private static final Map<Role, List<NewsroomNavigation>> BY_ROLE = new EnumMap<>(Role.class);

    static {
        for (Role role : Role.values()) {
            BY_ROLE.put(role, ALL.stream().filter(item -> NewsroomPaths.opens(role, item.url())).toList());
        }
    }

    static List<NewsroomNavigation> forRole(Role role) {
        return BY_ROLE.get(role);
    }

    /** The current section: the dashboard only on its own address, the others on any address below theirs. */
    public boolean isCurrent(String path) {
        return url.equals(Newsroom.PATH) ? path.equals(url) : path.equals(url) || path.startsWith(url + "/");
    }
}
