package vn.toasoan.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.toasoan.failure.InvalidInput;

/**
 * Reads a JSON request body field by field, refusing with the field's name and a Vietnamese message what Jackson
 * would have coerced or ignored: a number where text is expected, "yes" for a boolean, and properties the
 * endpoint does not know — a misspelt {@code publishedAt} must not publish an article now instead of later.
 */
final class JsonBody {

    private final JsonNode node;

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    /** The body, which must be a JSON object holding only {@code known} properties. Null (no body) reads empty. */
    static JsonBody of(JsonNode node, List<String> known) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return new JsonBody(null);
        }
        if (!node.isObject()) {
            throw new InvalidInput(null, "Nội dung gửi lên phải là một đối tượng JSON: {\"tên trường\": giá trị, …}.");
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidInput(name, "Trường „" + name + "” không có ở đây. Các trường được nhận: "
                        + String.join(", ", known) + ".");
            }
        }
        return new JsonBody(node);
    }

    /** Text, or null when absent or null. */
    String text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidInput(field, "„" + field + "” phải là chuỗi ký tự (trong dấu nháy kép).");
        }
        return value.stringValue();
    }

    /** True or false; absent or null reads as {@code otherwise}. */
    boolean bool(String field, boolean otherwise) {
        JsonNode value = value(field);
        if (value == null) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw new InvalidInput(field, "„" + field + "” phải là true hoặc false.");
        }
        return value.booleanValue();
    }

    /** A whole number in int range, or null. */
    Integer integer(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidInput(field, "„" + field + "” phải là số nguyên.");
        }
        return value.intValue();
    }

    /** The id of something stored (a positive whole number), or null. */
    Long id(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
            throw new InvalidInput(field, "„" + field + "” phải là mã số (số nguyên dương).");
        }
        return value.longValue();
    }

    /** Text or a whole number, as text: for fields that take an id or a name. */
    String idOrText(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asString();
        }
        if (!value.isString()) {
            throw new InvalidInput(field, "„" + field + "” phải là mã số hoặc chuỗi ký tự.");
        }
        return value.stringValue();
    }

    /** A calendar date written 2026-05-07, or null. */
    LocalDate date(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "„" + field + "” phải là ngày dạng năm-tháng-ngày, ví dụ 2021-02-26.");
        }
    }

    private JsonNode value(String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
