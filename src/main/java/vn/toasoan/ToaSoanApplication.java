package vn.toasoan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tòa Soạn: a news portal for Vietnamese public organisations. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ToaSoanApplication {

    public static void main(String[] args) {
        SpringApplication.run(ToaSoanApplication.class, args);
    }
}
