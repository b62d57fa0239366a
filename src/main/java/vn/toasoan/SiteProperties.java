package vn.toasoan;

import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What identifies the site to its readers.
 *
 * @param name shown in the header and the page titles until an administrator saves another in the site settings
 * @param zone the site time zone until an administrator saves another: "today", day boundaries and every displayed
 *     date use it, never the server's. Code asks {@link SiteZone} for the zone in force
 * @param baseUrl absolute address used in canonical links and feeds
 */
@Validated
@ConfigurationProperties("toasoan.site")
public record SiteProperties(
        @NotBlank @DefaultValue("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh") String name,
        @NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @NotBlank @DefaultValue("http://localhost:8080") String baseUrl) {
}
