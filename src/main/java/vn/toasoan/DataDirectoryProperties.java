package vn.toasoan;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded default keeps everything that must survive a restart.
 *
 * @param dataDir holds the H2 database ({@code db/}), the search index, uploaded media ({@code media/})
 *     and files attached to documents ({@code documents/})
 */
@Validated
@ConfigurationProperties("toasoan")
public record DataDirectoryProperties(@NotNull @DefaultValue("./data") Path dataDir) {

    public Path media() {
        return dataDir.resolve("media");
    }

    /** Files attached to official documents. */
    public Path documents() {
        return dataDir.resolve("documents");
    }
}
