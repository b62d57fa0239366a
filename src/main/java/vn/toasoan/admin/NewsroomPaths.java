package vn.toasoan.admin;

import vn.toasoan.account.Role;

/**
 * The permission matrix by address (the README has it as a table). Everything else under {@code /quan-tri} is
 * open to every member of staff; services narrow it further (an author edits only their own drafts).
 */
final class NewsroomPaths {

    /** Users, settings, API tokens, the audit log and the search index: administrators only. */
    static final String[] ADMIN_ONLY = {
        "/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/**",
        "/quan-tri/cai-dat", "/quan-tri/cai-dat/**",
        "/quan-tri/token", "/quan-tri/token/**",
        "/quan-tri/nhat-ky", "/quan-tri/nhat-ky/**",
        "/quan-tri/chi-muc", "/quan-tri/chi-muc/**"
    };

    /** The structure of the site: categories, menu, banners, documents. Editors and administrators. */
    static final String[] EDITORS = {
        "/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/**",
        "/quan-tri/menu", "/quan-tri/menu/**",
        "/quan-tri/banner", "/quan-tri/banner/**",
        "/quan-tri/van-ban", "/quan-tri/van-ban/**"
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
