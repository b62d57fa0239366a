package vn.toasoan.api;

import java.net.URI;
import java.util.List;
import java.util.function.LongSupplier;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import vn.toasoan.account.StaffUser;
import vn.toasoan.category.Categories;
import vn.toasoan.category.Category;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;

/** The category tree through the admin API: any member of staff reads it, editors change it. */
@RestController
@RequestMapping(path = ApiSecurityConfiguration.ADMIN_API + "/categories", produces = MediaType.APPLICATION_JSON_VALUE)
class CategoryApiController {

    static final List<String> FIELDS = List.of("name", "slug", "parent", "description", "position", "showOnHome");

    /**
     * A category as the API answers it.
     *
     * @param parent the parent's slug; null at the top of the tree
     * @param showOnHome whether the home page shows a block of its latest articles
     */
    record CategoryJson(long id, String slug, String name, String parent, Long parentId, String description,
            int position, boolean showOnHome, String url) {
    }

    private final Categories categories;

    CategoryApiController(Categories categories) {
        this.categories = categories;
    }

    @GetMapping
    List<CategoryJson> list() {
        List<Category> all = categories.all();
        return all.stream().map(c -> json(c, all)).toList();
    }

    @GetMapping("/{id}")
    CategoryJson show(@PathVariable long id) {
        List<Category> all = categories.all();
        return json(all.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("Không tìm thấy chuyên mục " + id + ".")), all);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CategoryJson> create(@RequestBody JsonNode json, @AuthenticationPrincipal StaffUser staff) {
        Typed category = read(json, null);
        long id = apiFields(() -> categories.create(staff.actor(), category.change()));
        place(staff, id, category.position());
        return ResponseEntity.created(URI.create(ApiSecurityConfiguration.ADMIN_API + "/categories/" + id))
                .body(show(id));
    }

    /** Replaces the whole category; a slug left out keeps the current one (and so its address). */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CategoryJson update(@PathVariable long id, @RequestBody JsonNode json, @AuthenticationPrincipal StaffUser staff) {
        Category current = categories.byId(id).orElseThrow(() -> new NotFound("Không tìm thấy chuyên mục " + id + "."));
        Typed category = read(json, current.slug());
        apiFields(() -> {
            categories.update(staff.actor(), id, category.change());
            return id;
        });
        place(staff, id, category.position());
        return show(id);
    }

    /** Only a category nothing uses can go: no articles, no categories below it, no menu items leading to it. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal StaffUser staff) {
        try {
            categories.delete(staff.actor(), id);
        } catch (InvalidInput e) {
            // The newsroom shows the refusal by its delete button; to an API client it is about no input field.
            throw "delete".equals(e.field()) ? new InvalidInput(null, e.getMessage()) : e;
        }
        return ResponseEntity.noContent().build();
    }

    /** The form the newsroom's service takes, and the place among the siblings (from 0) if one was sent. */
    private record Typed(CategoryChange change, Integer position) {
    }

    private void place(StaffUser staff, long id, Integer position) {
        if (position != null) {
            categories.place(staff.actor(), id, position + 1);
        }
    }

    /** {@code currentSlug}: what a slug left out keeps (null when creating: then it is made from the name). */
    private Typed read(JsonNode json, String currentSlug) {
        JsonBody body = JsonBody.of(json, FIELDS);
        String parent = body.text("parent");
        Long parentId = null;
        if (parent != null && !parent.isBlank()) {
            parentId = categories.bySlug(parent.strip()).map(Category::id).orElseThrow(() -> new InvalidInput(
                    "parent", "Không có chuyên mục „" + parent + "” để làm chuyên mục cha."));
        }
        Integer position = body.integer("position");
        String slug = body.text("slug");
        return new Typed(new CategoryChange(body.text("name"), slug == null ? currentSlug : slug,
                body.text("description"), parentId == null ? null : parentId.toString(),
                body.bool("showOnHome", true)), position);
    }

    /** The service names the parent by id, the API by slug. */
    private static long apiFields(LongSupplier command) {
        try {
            return command.getAsLong();
        } catch (InvalidInput e) {
            if ("parentId".equals(e.field())) {
                throw new InvalidInput("parent", e.getMessage());
            }
            throw e;
        }
    }

    private static CategoryJson json(Category c, List<Category> all) {
        String parent = c.parentId() == null ? null : all.stream().filter(p -> p.id() == c.parentId())
                .map(Category::slug).findFirst().orElse(null);
        return new CategoryJson(c.id(), c.slug(), c.name(), parent, c.parentId(), c.description(), c.position(),
                c.showOnHome(), c.url());
    }
}
