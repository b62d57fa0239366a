package vn.toasoan.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.SiblingOrder;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.article.ArticleDeleted;
import vn.toasoan.article.Articles;
import vn.toasoan.category.Categories;
import vn.toasoan.category.Category;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.text.Links;
import vn.toasoan.text.TypedText;

/**
 * The site menus as trees of links: the main menu has two levels (the header opens a sub-menu), the footer menu
 * one. Editors change them in the newsroom; every change is audited and published as {@link MenuChanged}.
 */
@Service
public class Menus {

    /** What staff without the role are told. */
    private static final String EDITORS_ONLY = "Chỉ biên tập viên và quản trị viên được sửa menu.";

    public static final String MAIN = "main";
    public static final String FOOTER = "footer";

    static final int LABEL_MAX = 200;

    private final MenuRepository repository;
    private final Categories categories;
    private final Articles articles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SiblingOrder<MenuRepository.Item> order;

    Menus(MenuRepository repository, Categories categories, Articles articles, AuditLog audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.categories = categories;
        this.articles = articles;
        this.audit = audit;
        this.events = events;
        this.order = new SiblingOrder<>(MenuRepository.Item::parentId, MenuRepository.Item::id,
                MenuRepository.Item::position, repository::setPosition);
    }

    /** The Vietnamese name of a menu. */
    public static String label(String menu) {
        return FOOTER.equals(menu) ? "Menu chân trang" : "Menu chính";
    }

    public static boolean exists(String menu) {
        return MAIN.equals(menu) || FOOTER.equals(menu);
    }

    public List<MenuNode> tree(String menu) {
        List<MenuRepository.Item> items = repository.items(menu);
        Function<MenuRepository.Item, String> addresses = addresses(items);
        Map<Long, List<MenuRepository.Item>> byParent = items.stream().filter(i -> i.parentId() != null)
                .collect(Collectors.groupingBy(MenuRepository.Item::parentId));
        return items.stream().filter(i -> i.parentId() == null).map(i -> node(i, byParent, addresses, 0)).toList();
    }

    /** The items of a menu in display order (each top-level item followed by its sub-items), for the newsroom. */
    public List<MenuEntry> entries(String menu) {
        List<MenuRepository.Item> items = repository.items(menu);
        Function<MenuRepository.Item, String> addresses = addresses(items);
        List<MenuEntry> entries = new ArrayList<>();
        List<MenuRepository.Item> top = order.siblings(items, null);
        for (int i = 0; i < top.size(); i++) {
            MenuRepository.Item item = top.get(i);
            List<MenuRepository.Item> children = order.siblings(items, item.id());
            entries.add(entry(item, addresses, 0, i, top.size(), children.size()));
            for (int j = 0; j < children.size(); j++) {
                entries.add(entry(children.get(j), addresses, 1, j, children.size(), 0));
            }
        }
        return entries;
    }

    public MenuEntry entry(long id) {
        MenuRepository.Item item = find(id);
        List<MenuRepository.Item> items = repository.items(item.menu());
        List<MenuRepository.Item> siblings = order.siblings(items, item.parentId());
        return entry(item, addresses(List.of(item)), item.parentId() == null ? 0 : 1,
                Math.max(0, order.indexOf(siblings, id)), siblings.size(), order.siblings(items, id).size());
    }

    /** Static pages a menu item may link to. */
    public List<PageChoice> pages() {
        return articles.pages().stream().map(p -> new PageChoice(p.id(), p.title(), p.published())).toList();
    }

    /**
     * Where each item links to now: the current address of its category or page, as their owners give it, or the
     * address typed for it.
     */
    private Function<MenuRepository.Item, String> addresses(List<MenuRepository.Item> items) {
        Map<Long, String> pageUrls = articles.urls(items.stream().map(MenuRepository.Item::articleId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> categoryUrls = items.stream().anyMatch(i -> i.categoryId() != null)
                ? categories.all().stream().collect(Collectors.toMap(Category::id, Category::url)) : Map.of();
        return item -> item.categoryId() != null ? categoryUrls.getOrDefault(item.categoryId(), item.url())
                : item.articleId() != null ? pageUrls.getOrDefault(item.articleId(), item.url())
                : item.url();
    }

    /**
     * Lets go of an article or page that is being deleted, in its transaction: the items linking to it go (with
     * their sub-items), as a link to nothing would.
     */
    @EventListener
    void onArticleDeleted(ArticleDeleted event) {
        Set<String> changed = new TreeSet<>();
        for (MenuRepository.Item item : repository.linkingTo(event.articleId())) {
            repository.delete(item.id());
            changed.add(item.menu());
        }
        changed.forEach(menu -> events.publishEvent(new MenuChanged(menu)));
    }

    /** Adds an item from the newsroom form, last among its siblings. */
    @Transactional
    public long add(Actor actor, MenuItemChange change) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        if (!exists(change.menu())) {
            throw new InvalidInput("menu", "Chọn menu chính hoặc menu chân trang.");
        }
        List<MenuRepository.Item> items = repository.items(change.menu());
        Checked c = check(change, change.menu(), null, items);
        long id = repository.insert(new NewMenuItem(change.menu(), c.parentId(), c.label(), c.url(), c.categoryId(),
                c.articleId(), order.lastPosition(items, c.parentId())));
        audit.record(actor, "menu.create", "menu", id, label(change.menu()) + ": " + c.label());
        events.publishEvent(new MenuChanged(change.menu()));
        return id;
    }

    @Transactional
    public void update(Actor actor, long id, MenuItemChange change) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        MenuRepository.Item current = find(id);
        List<MenuRepository.Item> items = repository.items(current.menu());
        Checked c = check(change, current.menu(), current, items);
        repository.update(id, c.parentId(), c.label(), c.url(), c.categoryId(), c.articleId());
        if (!Objects.equals(c.parentId(), current.parentId())) {
            repository.setPosition(id, order.lastPosition(items, c.parentId()));
            order.closeGap(items, current.parentId(), id);
        }
        audit.record(actor, "menu.update", "menu", id, label(current.menu()) + ": " + c.label());
        events.publishEvent(new MenuChanged(current.menu()));
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    @Transactional
    public void move(Actor actor, long id, int step) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        MenuRepository.Item item = find(id);
        List<MenuRepository.Item> siblings = order.siblings(repository.items(item.menu()), item.parentId());
        int to = order.move(siblings, id, order.indexOf(siblings, id) + Integer.signum(step));
        if (to < 0) {
            return;
        }
        audit.record(actor, "menu.move", "menu", id, label(item.menu()) + ": " + item.label() + ", vị trí "
                + (to + 1) + "/" + siblings.size());
        events.publishEvent(new MenuChanged(item.menu()));
    }

    /** Deletes an item without sub-items (deleting a group at once would surprise). */
    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        MenuRepository.Item item = find(id);
        List<MenuRepository.Item> items = repository.items(item.menu());
        int children = order.siblings(items, id).size();
        if (children > 0) {
            throw new InvalidInput("delete", "Chưa xóa được „" + item.label() + "”: còn " + children
                    + " mục con. Hãy xóa hoặc chuyển chúng trước.");
        }
        repository.delete(id);
        order.closeGap(items, item.parentId(), id);
        audit.record(actor, "menu.delete", "menu", id, label(item.menu()) + ": " + item.label());
        events.publishEvent(new MenuChanged(item.menu()));
    }

    private record Checked(String label, String url, Long categoryId, Long articleId, Long parentId) {
    }

    private Checked check(MenuItemChange change, String menu, MenuRepository.Item self,
            List<MenuRepository.Item> items) {
        String label = TypedText.line(change.label());
        if (label == null) {
            throw new InvalidInput("label", "Nhập nhãn của mục menu.");
        }
        if (TypedText.length(label) > LABEL_MAX) {
            throw new InvalidInput("label", "Nhãn dài tối đa " + LABEL_MAX + " ký tự.");
        }
        String target = change.target() == null ? "" : change.target();
        String url = null;
        Long categoryId = null;
        Long articleId = null;
        switch (target) {
            case MenuItemChange.URL -> {
                url = TypedText.line(change.url());
                if (url == null || !Links.isSafe(url)) {
                    throw new InvalidInput("url", "Địa chỉ phải là đường dẫn trong trang (bắt đầu bằng /, ví dụ /van-ban)"
                            + " hoặc địa chỉ web bắt đầu bằng http:// hay https://.");
                }
            }
            case MenuItemChange.CATEGORY -> {
                categoryId = id(change.categoryId());
                if (categoryId == null || categories.byId(categoryId).isEmpty()) {
                    throw new InvalidInput("categoryId", "Chọn một chuyên mục.");
                }
            }
            case MenuItemChange.PAGE -> {
                Long page = id(change.articleId());
                if (page == null || articles.pages().stream().noneMatch(p -> p.id() == page)) {
                    throw new InvalidInput("articleId", "Chọn một trang.");
                }
                articleId = page;
            }
            case MenuItemChange.NONE -> {
                // A heading that only opens its sub-menu.
            }
            default -> throw new InvalidInput("target", "Chọn mục menu trỏ tới đâu.");
        }
        Long parentId = id(change.parentId());
        if (change.parentId() != null && !change.parentId().isBlank() && parentId == null) {
            throw new InvalidInput("parentId", "Mục cha đã chọn không còn: hãy chọn lại.");
        }
        if (parentId != null) {
            if (FOOTER.equals(menu)) {
                throw new InvalidInput("parentId", "Menu chân trang chỉ có một cấp: không đặt mục con được.");
            }
            MenuRepository.Item parent = items.stream().filter(i -> i.id() == parentId).findFirst()
                    .orElseThrow(() -> new InvalidInput("parentId", "Mục cha đã chọn không còn: hãy chọn lại."));
            if (parent.parentId() != null || (self != null && parent.id() == self.id())) {
                throw new InvalidInput("parentId", "Chỉ chọn được mục cấp một làm mục cha: menu có hai cấp.");
            }
            if (self != null && !order.siblings(items, self.id()).isEmpty()) {
                throw new InvalidInput("parentId", "Mục này đang có mục con nên phải ở cấp một: menu có hai cấp.");
            }
        }
        return new Checked(label, url, categoryId, articleId, parentId);
    }

    private static Long id(String typed) {
        if (typed == null || !typed.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(typed.strip());
    }

    private MenuRepository.Item find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("Không tìm thấy mục menu (có thể vừa bị xóa)."));
    }

    private static MenuEntry entry(MenuRepository.Item item, Function<MenuRepository.Item, String> addresses,
            int depth, int index, int siblings, int children) {
        String target = item.categoryId() != null ? MenuItemChange.CATEGORY
                : item.articleId() != null ? MenuItemChange.PAGE
                : item.url() != null ? MenuItemChange.URL : MenuItemChange.NONE;
        return new MenuEntry(item.id(), item.menu(), item.parentId(), item.label(), addresses.apply(item), target,
                item.categoryId(), item.articleId(), depth, index, siblings, children);
    }

    /** Depth is bounded so a corrupted parent chain cannot recurse forever. */
    private static MenuNode node(MenuRepository.Item item, Map<Long, List<MenuRepository.Item>> byParent,
            Function<MenuRepository.Item, String> addresses, int depth) {
        List<MenuNode> children = new ArrayList<>();
        if (depth < 3) {
            for (MenuRepository.Item child : byParent.getOrDefault(item.id(), List.of())) {
                children.add(node(child, byParent, addresses, depth + 1));
            }
        }
        return new MenuNode(item.id(), item.label(), addresses.apply(item), List.copyOf(children));
    }
}
