package cn.gov.platform.support.web.problemapp;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The smallest servlet service the support library can be tried on: one resource, read and written. */
@SpringBootApplication
public class ProblemApp {

    @RestController
    static class Things {

        @GetMapping("/api/demo/things")
        Map<String, String> list() {
            return Map.of("things", "none");
        }

        @GetMapping("/api/demo/info")
        Map<String, String> info() {
            return Map.of("about", "things");
        }

        @PostMapping(value = "/api/demo/things", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, String> add(@RequestBody Map<String, String> thing) {
            return thing;
        }
    }
}
