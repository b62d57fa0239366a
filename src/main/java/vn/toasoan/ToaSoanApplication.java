package vn.toasoan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tòa Soạn: a news portal for Vietnamese public organisations. Each direct sub-package is an application module
 * (Spring Modulith, verified by ModularityTests); text and failure are the shared kernel every module may use, and the
 * few types in this package (site zone, clock, data directory, site properties) belong to no module.
 */
@Modulithic(systemName = "Tòa Soạn", sharedModules = {"text", "failure"})
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ToaSoanApplication {

    public static void main(String[] args) {
        SpringApplication.run(ToaSoanApplication.class, args);
    }
}
