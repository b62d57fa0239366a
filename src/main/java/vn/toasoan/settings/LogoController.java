package vn.toasoan.settings;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Serves the uploaded logo: a PNG we encoded, named by its content, so caches may keep it for a year. */
@Controller
class LogoController {

    static final String PATH = "/logo/";

    private final SiteSettings settings;

    LogoController(SiteSettings settings) {
        this.settings = settings;
    }

    @GetMapping(PATH + "{file}")
    ResponseEntity<Resource> logo(@PathVariable String file) {
        Path path = settings.logoFile(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path));
    }
}
