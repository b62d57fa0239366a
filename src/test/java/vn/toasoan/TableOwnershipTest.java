package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each feature writes only its own tables (see {@link TableOwners}), read from the sources: the SQL in the string
 * literals of each feature package's main code, and the tables the migrations create.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/toasoan");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern CREATE = Pattern.compile(
            "(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern DROP = Pattern.compile("(?i)\\bDROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+(\\w+)");
    private static final Pattern READ = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+(\\w+)");

    @Test
    void everyTableTheMigrationsCreateHasExactlyOneOwner() {
        Set<String> tables = migratedTables();
        List<String> problems = new ArrayList<>();
        for (String table : tables) {
            List<String> owners = TableOwners.OWNED.entrySet().stream()
                    .filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey).sorted().toList();
            if (owners.size() != 1) {
                problems.add(table + " is owned by " + (owners.isEmpty() ? "no feature" : owners)
                        + ": name its one owner in TableOwners.OWNED");
            }
        }
        TableOwners.OWNED.forEach((feature, owned) -> owned.stream().filter(t -> !tables.contains(t))
                .forEach(t -> problems.add(feature + " owns " + t + ", which no migration creates")));
        assertThat(problems).isEmpty();
        assertThat(tables).as("the migrations were read").contains("article", "menu_item", "visit_day");
    }

    @Test
    void aFeatureWritesOnlyTheTablesItOwns() {
        Map<String, String> owners = ownerByTable();
        List<String> violations = new ArrayList<>();
        int writes = 0;
        for (Path file : mainSources()) {
            String feature = featureOf(file);
            Matcher m = WRITE.matcher(sqlText(file));
            while (m.find()) {
                String owner = owners.get(m.group(1).toLowerCase(Locale.ROOT));
                if (owner == null) {
                    continue;
                }
                writes++;
                if (!owner.equals(feature)) {
                    violations.add(SOURCES.relativize(file) + " (" + feature + ") writes " + m.group(1) + ", owned by "
                            + owner + ": \"" + m.group().replaceAll("\\s+", " ") + "\"");
                }
            }
        }
        assertThat(violations).as("writes to another feature's table").isEmpty();
        assertThat(writes).as("the sources were read").isGreaterThan(40);
    }

    @Test
    void aFeatureReadsAnotherFeaturesTableOnlyThroughANamedReadOnlyJoin() {
        Map<String, String> owners = ownerByTable();
        Set<String> allowed = new TreeSet<>();
        TableOwners.READ_ONLY_JOINS.forEach(j -> allowed.add(j.reader() + " → " + j.table()));
        Set<String> used = new TreeSet<>();
        List<String> violations = new ArrayList<>();
        for (Path file : mainSources()) {
            String feature = featureOf(file);
            // A DELETE FROM is a write, answered by the test above.
            Matcher m = READ.matcher(WRITE.matcher(sqlText(file)).replaceAll(" "));
            while (m.find()) {
                String table = m.group(1).toLowerCase(Locale.ROOT);
                String owner = owners.get(table);
                if (owner == null || owner.equals(feature)) {
                    continue;
                }
                String read = feature + " → " + table;
                used.add(read);
                if (!allowed.contains(read)) {
                    violations.add(SOURCES.relativize(file) + " (" + feature + ") reads " + table + ", owned by "
                            + owner + ": ask through " + owner + "'s public API, or name the join in"
                            + " TableOwners.READ_ONLY_JOINS");
                }
            }
        }
        assertThat(violations).as("reads of another feature's table").isEmpty();
        assertThat(allowed).as("named joins nobody makes any more").isSubsetOf(used);
    }

    /** The sample below shows what the test sees: SQL inside literals and text blocks, comments left out. */
    @Test
    void theSqlOfASourceIsItsStringLiteralsJoined() {
        String source = """
                // DELETE FROM menu_item in a comment is no SQL
                class X {
                    /* UPDATE article */ char q = '"';
                    String a = "SELECT * FROM" + " article_category WHERE x = \\"y\\"";
                    String b = \"""
                            UPDATE article SET view_count = 1
                            \""";
                }
                """;
        String sql = literals(source);
        assertThat(sql).isEqualTo("SELECT * FROM  article_category WHERE x = \"y\" "
                + "UPDATE article SET view_count = 1\n ");
    }

    private static Map<String, String> ownerByTable() {
        Map<String, String> owners = new TreeMap<>();
        TableOwners.OWNED.forEach((feature, tables) -> tables.forEach(t -> owners.put(t, feature)));
        return owners;
    }

    private static Set<String> migratedTables() {
        Set<String> tables = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList()) {
                String sql = Files.readString(file, StandardCharsets.UTF_8).replaceAll("--[^\n]*", " ");
                Matcher create = CREATE.matcher(sql);
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase(Locale.ROOT));
                }
                Matcher drop = DROP.matcher(sql);
                while (drop.find()) {
                    tables.remove(drop.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first package under vn.toasoan; classes of vn.toasoan itself own nothing. */
    private static String featureOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 1 ? "(vn.toasoan)" : relative.getName(0).toString();
    }

    private static String sqlText(Path file) {
        try {
            return literals(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The contents of the string literals and text blocks of a Java source, each followed by a space, so SQL split
     * over {@code "…FROM" + " article…"} reads as one; comments and character literals are skipped.
     */
    static String literals(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), n);
            } else if (source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2), n) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int close = start;
                while (!source.startsWith("\"\"\"", close) || source.charAt(close - 1) == '\\') {
                    close++;
                }
                out.append(unescape(textBlock(source.substring(start, close)))).append(' ');
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder literal = new StringBuilder();
                while (source.charAt(j) != c) {
                    literal.append(source.charAt(j));
                    if (source.charAt(j) == '\\') {
                        literal.append(source.charAt(j + 1));
                        j++;
                    }
                    j++;
                }
                if (c == '"') {
                    out.append(unescape(literal.toString())).append(' ');
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int end(int index, int length) {
        return index < 0 ? length : index;
    }

    /** Indentation as the compiler strips it: the smallest of the lines and the closing delimiter's. */
    private static String textBlock(String body) {
        String[] lines = body.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (!line.isBlank() || k == lines.length - 1) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            text.append(line.length() >= indent ? line.substring(indent).stripTrailing() : "");
            if (k < lines.length - 1) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
