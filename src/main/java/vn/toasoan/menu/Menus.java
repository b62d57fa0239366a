package vn.toasoan.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.text.VietnameseText;

/** The site menus as trees of links. */
@Service
public class Menus {

    public static final String MAIN = "main";
    public static final String FOOTER = "footer";

    private final MenuRepository repository;

    Menus(MenuRepository repository) {
        this.repository = repository;
    }

    public List<MenuNode> tree(String menu) {
        List<MenuRepository.Row> rows = repository.findMenu(menu);
        Map<Long, List<MenuRepository.Row>> byParent = rows.stream().filter(r -> r.parentId() != null)
                .collect(Collectors.groupingBy(MenuRepository.Row::parentId));
        return rows.stream().filter(r -> r.parentId() == null).map(r -> node(r, byParent, 0)).toList();
    }

    @Transactional
    public long add(NewMenuItem item) {
        return repository.insert(new NewMenuItem(item.menu(), item.parentId(), VietnameseText.nfc(item.label()),
                item.url(), item.categoryId(), item.articleId(), item.position()));
    }

    /** Depth is bounded so a corrupted parent chain cannot recurse forever. */
    private static MenuNode node(MenuRepository.Row row, Map<Long, List<MenuRepository.Row>> byParent, int depth) {
        List<MenuNode> children = new ArrayList<>();
        if (depth < 3) {
            for (MenuRepository.Row child : byParent.getOrDefault(row.id(), List.of())) {
                children.add(node(child, byParent, depth + 1));
            }
        }
        return new MenuNode(row.id(), row.label(), row.url(), List.copyOf(children));
    }
}
