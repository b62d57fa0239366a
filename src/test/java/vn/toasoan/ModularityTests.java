package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * The application modules (Spring Modulith: one per direct sub-package of {@code vn.toasoan}) and their
 * documentation. Verification fails the build on a cycle between modules or on a module reaching into another's
 * internals; the documentation is written into {@code docs/modules} on every build, so a change of structure shows
 * in the diff, and the README links the rendered overview.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ToaSoanApplication.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesUseOnlyEachOthersApisAndDependOnEachOtherWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void moduleDiagramsAndCanvasesAreWrittenToDocsModules() throws IOException {
        // The shared kernel (text, failure) is left out of the diagrams: every module may use it, and its arrows
        // would hide the dependencies between features.
        DiagramOptions diagrams = DiagramOptions.defaults()
                .withExclusions(module -> MODULES.getSharedModules().contains(module));
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation(diagrams, CanvasOptions.defaults());

        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(puml, StandardCharsets.UTF_8);
                Files.write(puml, inStableOrder(lines), StandardCharsets.UTF_8);
            }
        }
        Path overview = DOCS.resolve("components.puml");
        Path svg = DOCS.resolve("components.svg");
        Files.writeString(svg, svg(Files.readString(overview, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(Files.readString(svg)).contains("<svg").contains("Article").contains("Search");
        for (ApplicationModule module : MODULES) {
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).isRegularFile();
        }
    }

    /**
     * The Documenter lists components and relations in the order it met them, which changes from run to run: each
     * run of consecutive components, or of relations, is sorted, so the files change only when the modules do.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        int start = 0;
        while (start < sorted.size()) {
            String kind = kind(sorted.get(start));
            int end = start + 1;
            while (kind != null && end < sorted.size() && kind.equals(kind(sorted.get(end)))) {
                end++;
            }
            Collections.sort(sorted.subList(start, end));
            start = end;
        }
        return sorted;
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel(" : trimmed.startsWith("Component(") ? "Component(" : null;
    }

    /** PlantUML's own layout engine (Smetana), so no Graphviz is needed on the machine. */
    static String svg(String plantUml) throws IOException {
        String source = plantUml.replaceFirst("@startuml\\R", "@startuml\n!pragma layout smetana\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
        return out.toString(StandardCharsets.UTF_8);
    }
}
