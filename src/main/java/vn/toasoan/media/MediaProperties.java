package vn.toasoan.media;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and sizes of uploaded media.
 *
 * @param maxImageSize largest image accepted, as uploaded
 * @param maxFileSize largest other file (PDF, Word, spreadsheet) accepted
 * @param maxPixels largest image accepted, in pixels (width × height), read from the header before decoding: a
 *        small file may claim a huge picture, and decoding it would take width × height × 4 bytes of memory
 * @param widths widths in pixels of the smaller copies made of every image for responsive {@code srcset}; an
 *        image gets those narrower than itself only
 */
@Validated
@ConfigurationProperties("toasoan.media")
record MediaProperties(@NotNull @DefaultValue("20MB") DataSize maxImageSize,
        @NotNull @DefaultValue("50MB") DataSize maxFileSize,
        @Min(1) @Max(200_000_000) @DefaultValue("40000000") long maxPixels,
        @NotEmpty @DefaultValue({"480", "960", "1600"}) List<@NotNull @Min(16) @Max(8192) Integer> widths) {

    /** The widths without repeats, narrowest first. */
    List<Integer> sortedWidths() {
        return widths.stream().distinct().sorted().toList();
    }
}
