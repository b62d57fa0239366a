package vn.toasoan.category;

import java.util.List;
import java.util.Set;

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
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;

/** The category tree in the newsroom (editors and administrators; see NewsroomPaths). */
@Controller
@RequestMapping(CategoryAdminController.BASE)
class CategoryAdminController {

    static final String BASE = Newsroom.PATH + "/chuyen-muc";
    private static final String LIST = "redirect:" + BASE;

    private final Categories categories;

    CategoryAdminController(Categories categories) {
        this.categories = categories;
    }

    @GetMapping
    String listCategories(Model model) {
        model.addAttribute("rows", categories.tree());
        return "category/admin/list";
    }

    @GetMapping("/moi")
    String initCreationForm(Model model) {
        return form(model, null, new CategoryChange("", "", "", "", true));
    }

    @PostMapping("/moi")
    String processCreationForm(@AuthenticationPrincipal StaffUser staff, @ModelAttribute("form") CategoryChange form,
            Model model, RedirectAttributes redirect) {
        try {
            long id = categories.create(staff.actor(), form);
            redirect.addFlashAttribute("notice", "Đã tạo chuyên mục „" + name(id) + "”.");
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return form(model, null, form);
        }
        return LIST;
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    String initUpdateForm(@PathVariable long id, Model model) {
        Category category = category(id);
        return form(model, category, new CategoryChange(category.name(), category.slug(), category.description(),
                category.parentId() == null ? "" : category.parentId().toString(), category.showOnHome()));
    }

    @PostMapping("/{id:[0-9]{1,18}}")
    String processUpdateForm(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @ModelAttribute("form") CategoryChange form, Model model, RedirectAttributes redirect) {
        Category category = category(id);
        try {
            categories.update(staff.actor(), id, form);
        } catch (InvalidInput e) {
            model.addAttribute("invalid", e);
            return form(model, category, form);
        }
        redirect.addFlashAttribute("notice", "Đã lưu chuyên mục „" + name(id) + "”.");
        return LIST;
    }

    /** ↑ ("len") or ↓ ("xuong") one place among its siblings. */
    @PostMapping("/{id:[0-9]{1,18}}/{direction:len|xuong}")
    String move(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, @PathVariable String direction) {
        categories.move(staff.actor(), id, direction.equals("len") ? -1 : 1);
        return LIST;
    }

    @PostMapping("/{id:[0-9]{1,18}}/vi-tri")
    String place(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @RequestParam(name = "position", defaultValue = "") String position, RedirectAttributes redirect) {
        if (!position.strip().matches("[0-9]{1,6}")) {
            redirect.addFlashAttribute("problem", "Vị trí là một số từ 1.");
            return LIST;
        }
        categories.place(staff.actor(), id, Integer.parseInt(position.strip()));
        return LIST;
    }

    @PostMapping("/{id:[0-9]{1,18}}/xoa")
    String delete(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, RedirectAttributes redirect) {
        String name = name(id);
        try {
            categories.delete(staff.actor(), id);
            redirect.addFlashAttribute("notice", "Đã xóa chuyên mục „" + name + "”.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return LIST;
    }

    private String form(Model model, Category editing, CategoryChange form) {
        List<CategoryRow> rows = categories.tree();
        // A category cannot move under itself or its descendants: they are not offered.
        Set<Long> excluded = editing == null ? Set.of() : categories.withDescendants(editing.id());
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("parents", rows.stream().filter(r -> !excluded.contains(r.category().id())).toList());
        return "category/admin/form";
    }

    private Category category(long id) {
        return categories.byId(id).orElseThrow(() -> new NotFound("Không tìm thấy chuyên mục (có thể vừa bị xóa)."));
    }

    private String name(long id) {
        return categories.byId(id).map(Category::name).orElse("");
    }
}
