package vn.toasoan.menu;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.Newsroom;
import vn.toasoan.account.StaffUser;
import vn.toasoan.category.Categories;
import vn.toasoan.failure.InvalidInput;

/** The main and footer menus in the newsroom (editors and administrators; see NewsroomPaths). */
@Controller
@RequestMapping(MenuAdminController.BASE)
class MenuAdminController {

    static final String BASE = Newsroom.PATH + "/menu";
    private static final String LIST = "redirect:" + BASE;

    /** A menu and its items, for the list page. */
    record MenuView(String menu, String label, List<MenuEntry> entries) {
    }

    private final Menus menus;
    private final Categories categories;

    MenuAdminController(Menus menus, Categories categories) {
        this.menus = menus;
        this.categories = categories;
    }

    @GetMapping
    String listMenus(Model model) {
        model.addAttribute("menus", List.of(
                new MenuView(Menus.MAIN, Menus.label(Menus.MAIN), menus.entries(Menus.MAIN)),
                new MenuView(Menus.FOOTER, Menus.label(Menus.FOOTER), menus.entries(Menus.FOOTER))));
        return "menu/admin/list";
    }

    @GetMapping("/moi")
    String initCreationForm(@RequestParam(name = "menu", defaultValue = Menus.MAIN) String menu, Model model) {
        String chosen = Menus.exists(menu) ? menu : Menus.MAIN;
        return form(model, null, new MenuItemChange(chosen, "", MenuItemChange.URL, "", "", "", ""));
    }

    @PostMapping("/moi")
    String processCreationForm(@AuthenticationPrincipal StaffUser staff, @ModelAttribute("form") MenuItemChange form,
            Model model, RedirectAttributes redirect) {
        try {
            menus.add(staff.actor(), form);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return form(model, null, Menus.exists(form.menu()) ? form : withMenu(form, Menus.MAIN));
        }
        redirect.addFlashAttribute("notice", "Đã thêm mục vào " + Menus.label(form.menu()).toLowerCase() + ".");
        return LIST;
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    String initUpdateForm(@PathVariable long id, Model model) {
        MenuEntry entry = menus.entry(id);
        return form(model, entry, new MenuItemChange(entry.menu(), entry.label(), entry.target(),
                MenuItemChange.URL.equals(entry.target()) ? entry.url() : "",
                entry.categoryId() == null ? "" : entry.categoryId().toString(),
                entry.articleId() == null ? "" : entry.articleId().toString(),
                entry.parentId() == null ? "" : entry.parentId().toString()));
    }

    @PostMapping("/{id:[0-9]{1,18}}")
    String processUpdateForm(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @ModelAttribute("form") MenuItemChange form, Model model, RedirectAttributes redirect) {
        MenuEntry entry = menus.entry(id);
        try {
            menus.update(staff.actor(), id, form);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return form(model, entry, withMenu(form, entry.menu()));
        }
        redirect.addFlashAttribute("notice", "Đã lưu mục menu.");
        return LIST;
    }

    /** ↑ ("len") or ↓ ("xuong") one place among its siblings. */
    @PostMapping("/{id:[0-9]{1,18}}/{direction:len|xuong}")
    String move(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, @PathVariable String direction) {
        menus.move(staff.actor(), id, direction.equals("len") ? -1 : 1);
        return LIST;
    }

    @PostMapping("/{id:[0-9]{1,18}}/xoa")
    String delete(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, RedirectAttributes redirect) {
        try {
            menus.delete(staff.actor(), id);
            redirect.addFlashAttribute("notice", "Đã xóa mục menu.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return LIST;
    }

    private String form(Model model, MenuEntry editing, MenuItemChange form) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("menuLabel", Menus.label(form.menu()));
        model.addAttribute("categories", categories.tree());
        model.addAttribute("pages", menus.pages());
        // Only top-level items can hold sub-items, and only in the main menu.
        model.addAttribute("parents", Menus.MAIN.equals(form.menu())
                ? menus.entries(Menus.MAIN).stream()
                        .filter(e -> e.depth() == 0 && (editing == null || e.id() != editing.id())).toList()
                : List.of());
        return "menu/admin/form";
    }

    private static MenuItemChange withMenu(MenuItemChange form, String menu) {
        return new MenuItemChange(menu, form.label(), form.target(), form.url(), form.categoryId(), form.articleId(),
                form.parentId());
    }
}
