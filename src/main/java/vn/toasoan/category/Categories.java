package vn.toasoan.category;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.SiblingOrder;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.text.Slugs;
import vn.toasoan.text.TypedText;

/**
 * The category tree: read by the other features, changed by editors in the newsroom. Every change is audited
 * and published as {@link CategoriesChanged}; a changed slug keeps the old address answering with a redirect.
 */
@Service
public class Categories {

    /** What staff without the role are told. */
    private static final String EDITORS_ONLY = "Chỉ biên tập viên và quản trị viên được sửa chuyên mục.";

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 1000;
    static final int SLUG_MAX = 200;
    /** A slug made from a name stays short; a typed one may use the column's whole length. */
    private static final int GENERATED_SLUG_MAX = 80;
    private static final String FALLBACK_SLUG = "chuyen-muc";

    private final CategoryRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SiblingOrder<Category> order;

    Categories(CategoryRepository repository, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.order = new SiblingOrder<>(Category::parentId, Category::id, Category::position, repository::setPosition);
    }

    public List<Category> all() {
        return repository.findAll();
    }

    /** Every category's slug by its id, from one read: for lists that show many articles' categories. */
    public Map<Long, String> slugsById() {
        return all().stream().collect(Collectors.toMap(Category::id, Category::slug));
    }

    public Optional<Category> bySlug(String slug) {
        return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Category> byId(long id) {
        return repository.findById(id);
    }

    /** The current slug of a category that used to answer at {@code oldSlug}, for a permanent redirect. */
    public Optional<String> renamedFrom(String oldSlug) {
        return repository.slugReplacing(oldSlug);
    }

    /** The category and all its descendants, so a parent's page lists its children's articles too. */
    public Set<Long> withDescendants(long id) {
        return descendants(all(), id);
    }

    /** The path from the root down to the category, for breadcrumbs. */
    public List<Category> path(long id) {
        List<Category> all = all();
        List<Category> path = new ArrayList<>();
        Long current = id;
        while (current != null && path.size() < all.size()) {
            long wanted = current;
            Category c = all.stream().filter(x -> x.id() == wanted).findFirst().orElse(null);
            if (c == null) {
                break;
            }
            path.add(0, c);
            current = c.parentId();
        }
        return path;
    }

    /** The whole tree in display order (each category followed by its children), for the newsroom. */
    public List<CategoryRow> tree() {
        List<Category> all = all();
        Map<Long, Long> articles = repository.articleCounts();
        List<CategoryRow> rows = new ArrayList<>();
        addLevel(all, null, 0, articles, rows, new LinkedHashSet<>());
        return rows;
    }

    /** Creates a category from the newsroom form, last among its siblings. */
    @Transactional
    public long create(Actor actor, CategoryChange change) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        List<Category> all = all();
        Checked c = check(change, null, all);
        int position = order.lastPosition(all, c.parentId());
        repository.forgetOldSlug(c.slug());
        long id = repository.insert(new NewCategory(c.parentId(), c.slug(), c.name(), c.description(), position,
                change.shownOnHome()), clock.instant());
        audit.record(actor, "category.create", "category", id, c.name() + " (" + c.slug() + ")");
        events.publishEvent(new CategoriesChanged(id));
        return id;
    }

    /** Changes a category; a new parent puts it last among its new siblings, a new slug keeps the old one as a redirect. */
    @Transactional
    public void update(Actor actor, long id, CategoryChange change) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        List<Category> all = all();
        Category current = find(all, id);
        Checked c = check(change, id, all);
        String detail = c.name() + " (" + c.slug() + ")";
        if (!c.slug().equals(current.slug())) {
            repository.forgetOldSlug(c.slug());
            repository.rememberOldSlug(current.slug(), id, clock.instant());
            detail += "; địa chỉ cũ " + current.slug() + " chuyển tiếp sang địa chỉ mới";
        }
        repository.update(id, c.parentId(), c.slug(), c.name(), c.description(), change.shownOnHome());
        if (!java.util.Objects.equals(current.parentId(), c.parentId())) {
            repository.setPosition(id, order.lastPosition(all, c.parentId()));
            order.closeGap(all, current.parentId(), id);
            detail += "; chuyển sang " + (c.parentId() == null ? "cấp cao nhất" : "dưới " + find(all, c.parentId()).name());
        }
        audit.record(actor, "category.update", "category", id, detail);
        events.publishEvent(new CategoriesChanged(id, c.slug().equals(current.slug()) ? null : current.slug()));
    }

    /** Moves a category one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    @Transactional
    public void move(Actor actor, long id, int step) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        List<Category> all = all();
        Category category = find(all, id);
        List<Category> siblings = order.siblings(all, category.parentId());
        moveTo(actor, category, siblings, order.indexOf(siblings, id) + Integer.signum(step));
    }

    /** Puts a category at {@code place} (from 1) among its siblings; places beyond the ends mean the ends. */
    @Transactional
    public void place(Actor actor, long id, int place) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        List<Category> all = all();
        Category category = find(all, id);
        moveTo(actor, category, order.siblings(all, category.parentId()), place - 1);
    }

    /** Deletes a category nothing uses: no articles, no sub-categories, no menu links. */
    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        List<Category> all = all();
        Category category = find(all, id);
        long children = all.stream().filter(c -> Long.valueOf(id).equals(c.parentId())).count();
        if (children > 0) {
            throw new InvalidInput("delete", "Chưa xóa được „" + category.name() + "”: còn " + children
                    + " chuyên mục con. Hãy chuyển hoặc xóa chúng trước.");
        }
        long articles = repository.countArticles(id);
        if (articles > 0) {
            throw new InvalidInput("delete", "Chưa xóa được „" + category.name() + "”: còn " + articles
                    + " bài viết thuộc chuyên mục này. Hãy chuyển chúng sang chuyên mục khác trước.");
        }
        long menuItems = repository.countMenuItems(id);
        if (menuItems > 0) {
            throw new InvalidInput("delete", "Chưa xóa được „" + category.name() + "”: menu còn " + menuItems
                    + " mục trỏ tới chuyên mục này. Hãy xóa hoặc sửa các mục đó trước.");
        }
        try {
            repository.delete(id);
        } catch (DataIntegrityViolationException e) {
            // Something added since (an article saved a moment ago, another feature's link): keep the category.
            throw new InvalidInput("delete", "Chưa xóa được „" + category.name() + "”: chuyên mục đang được dùng.");
        }
        audit.record(actor, "category.delete", "category", id, category.name() + " (" + category.slug() + ")");
        events.publishEvent(new CategoriesChanged(id));
    }

    private record Checked(String name, String slug, String description, Long parentId) {
    }

    private Checked check(CategoryChange change, Long id, List<Category> all) {
        String name = TypedText.line(change.name());
        if (name == null) {
            throw new InvalidInput("name", "Nhập tên chuyên mục.");
        }
        if (TypedText.length(name) > NAME_MAX) {
            throw new InvalidInput("name", "Tên chuyên mục dài tối đa " + NAME_MAX + " ký tự.");
        }
        String description = TypedText.lines(change.description());
        if (TypedText.length(description) > DESCRIPTION_MAX) {
            throw new InvalidInput("description", "Mô tả dài tối đa " + DESCRIPTION_MAX + " ký tự.");
        }
        Long parentId = parentId(change.parentId(), all);
        if (id != null && parentId != null && descendants(all, id).contains(parentId)) {
            throw new InvalidInput("parentId",
                    "Không thể đặt chuyên mục vào trong chính nó hoặc trong chuyên mục con của nó.");
        }
        String typed = TypedText.line(change.slug());
        String slug;
        if (typed != null) {
            slug = Slugs.slugify(typed, SLUG_MAX);
            if (slug.isEmpty()) {
                throw new InvalidInput("slug", "Địa chỉ cần có chữ cái hoặc chữ số, ví dụ „tin-tuc”.");
            }
            if (repository.slugTaken(slug, id)) {
                throw new InvalidInput("slug", "Địa chỉ „" + slug + "” đã có chuyên mục khác dùng: hãy chọn địa chỉ khác.");
            }
        } else {
            slug = uniqueSlug(Slugs.slugify(name, GENERATED_SLUG_MAX), id);
        }
        return new Checked(name, slug, description, parentId);
    }

    /** A slug from the name; when taken, the first free one of "-2", "-3", … */
    private String uniqueSlug(String base, Long id) {
        String start = base.isEmpty() ? FALLBACK_SLUG : base;
        String slug = start;
        for (int n = 2; repository.slugTaken(slug, id); n++) {
            slug = start + "-" + n;
        }
        return slug;
    }

    private static Long parentId(String typed, List<Category> all) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            long parentId = Long.parseLong(typed.strip());
            if (all.stream().anyMatch(c -> c.id() == parentId)) {
                return parentId;
            }
        } catch (NumberFormatException e) {
            // Answered below like a category deleted meanwhile.
        }
        throw new InvalidInput("parentId", "Chuyên mục cha đã chọn không còn: hãy chọn lại.");
    }

    private void moveTo(Actor actor, Category category, List<Category> siblings, int target) {
        int to = order.move(siblings, category.id(), target);
        if (to < 0) {
            return;
        }
        audit.record(actor, "category.move", "category", category.id(),
                category.name() + ": vị trí " + (to + 1) + "/" + siblings.size());
        events.publishEvent(new CategoriesChanged(category.id()));
    }

    private static Category find(List<Category> all, long id) {
        return all.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("Không tìm thấy chuyên mục (có thể vừa bị xóa)."));
    }

    private static Set<Long> descendants(List<Category> all, long id) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Category c : all) {
                if (c.parentId() != null && ids.contains(c.parentId()) && ids.add(c.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    /** Depth-first; {@code seen} stops a corrupted parent chain from looping. */
    private void addLevel(List<Category> all, Long parentId, int depth, Map<Long, Long> articles,
            List<CategoryRow> rows, Set<Long> seen) {
        List<Category> level = order.siblings(all, parentId);
        for (int i = 0; i < level.size(); i++) {
            Category c = level.get(i);
            if (!seen.add(c.id())) {
                continue;
            }
            int children = (int) all.stream().filter(x -> Long.valueOf(c.id()).equals(x.parentId())).count();
            rows.add(new CategoryRow(c, depth, i, level.size(), articles.getOrDefault(c.id(), 0L), children));
            addLevel(all, c.id(), depth + 1, articles, rows, seen);
        }
    }
}
