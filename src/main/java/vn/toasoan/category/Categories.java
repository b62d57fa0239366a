package vn.toasoan.category;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.text.VietnameseText;

/** The category tree, for the other features. Small enough to read whole. */
@Service
public class Categories {

    private final CategoryRepository repository;
    private final Clock clock;

    Categories(CategoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<Category> all() {
        return repository.findAll();
    }

    public Optional<Category> bySlug(String slug) {
        return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Category> byId(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    /** The category and all its descendants, so a parent's page lists its children's articles too. */
    public Set<Long> withDescendants(long id) {
        List<Category> all = all();
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

    @Transactional
    public long create(NewCategory category) {
        NewCategory normalised = new NewCategory(category.parentId(), category.slug(),
                VietnameseText.nfc(category.name()), VietnameseText.nfc(category.description()),
                category.position(), category.showOnHome());
        return repository.insert(normalised, clock.instant());
    }
}
