package vn.toasoan.admin;

import vn.toasoan.Newsroom;
import vn.toasoan.account.Role;

/**
 * The permission matrix by address (the README has it as a table). Everything else under {@code /quan-tri} is
 * open to every member of staff; services narrow it further (an author edits only their own drafts).
 */
final class NewsroomPaths {

    /** Users, settings, API tokens, the audit log and the search index: administrators only. */
    static final String[] ADMIN_ONLY = {
        Newsroom.PATH + "/nguoi-dung", Newsroom.PATH + "/nguoi-dung/**",
        Newsroom.PATH + "/cai-dat", Newsroom.PATH + "/cai-dat/**",
        Newsroom.PATH + "/token", Newsroom.PATH + "/token/**",
        Newsroom.PATH + "/nhat-ky", Newsroom.PATH + "/nhat-ky/**",
        Newsroom.PATH + "/chi-muc", Newsroom.PATH + "/chi-muc/**"
    };

    /** The structure of the site: categories, menu, banners, documents. Editors and administrators. */
    static final String[] EDITORS = {
        Newsroom.PATH + "/chuyen-muc", Newsroom.PATH + "/chuyen-muc/**",
        Newsroom.PATH + "/menu", Newsroom.PATH + "/menu/**",
        Newsroom.PATH + "/banner", Newsroom.PATH + "/banner/**",
        Newsroom.PATH + "/van-ban", Newsroom.PATH + "/van-ban/**"
    };

    private NewsroomPaths() {
    }

    /** Whether the role may open the address, by this matrix. */
    static boolean opens(Role role, String url) {
        if (role.includes(Role.ADMIN)) {
            return true;
        }
        if (under(ADMIN_ONLY, url)) {
            return false;
        }
        return role.includes(Role.EDITOR) || !under(EDITORS, url);
    }

    private static boolean under(String[] patterns, String url) {
        for (String pattern : patterns) {
            String prefix = pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 3) : pattern;
            if (url.equals(prefix) || url.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
