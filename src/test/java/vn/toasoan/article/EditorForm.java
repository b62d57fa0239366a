package vn.toasoan.article;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import vn.toasoan.testsupport.NewsroomClient;

/**
 * The article editor form as a browser without JavaScript fills it in: the fields the page shows with their current
 * values, changed by the test, then posted with one of the form's buttons.
 */
final class EditorForm {

    private final NewsroomClient client;
    private final String action;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private EditorForm(NewsroomClient client, Document page) {
        this.client = client;
        Element form = page.selectFirst("form.nr-form");
        if (form == null) {
            throw new AssertionError("No editor form on " + page.location());
        }
        this.action = form.attr("action");
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (input.tagName().equals("input")) {
                String type = input.attr("type");
                if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                    continue;
                }
                add(name, input.hasAttr("value") ? input.val() : (type.equals("checkbox") ? "on" : ""));
            } else if (input.tagName().equals("textarea")) {
                add(name, input.wholeText());
            } else {
                Element selected = input.selectFirst("option[selected]");
                if (selected == null) {
                    selected = input.selectFirst("option");
                }
                add(name, selected == null ? "" : selected.val());
            }
        }
        fields.putIfAbsent("_csrf", List.of(NewsroomClient.csrf(page)));
    }

    /** The form of the editor page at {@code path} ("/quan-tri/bai-viet/moi" or "/quan-tri/bai-viet/12"). */
    static EditorForm open(NewsroomClient client, String path) {
        return new EditorForm(client, client.page(path));
    }

    static EditorForm of(NewsroomClient client, Document page) {
        return new EditorForm(client, page);
    }

    private void add(String name, String value) {
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    EditorForm set(String name, String... values) {
        fields.put(name, List.of(values));
        return this;
    }

    String get(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Presses the button that sends {@code hanh-dong=button} ("luu", "gui", "dang", …). */
    HttpResponse<String> press(String button) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(v -> all.add(Map.entry(name, v))));
        all.add(Map.entry("hanh-dong", button));
        return client.post(action, all);
    }
}
