package cn.gov.platform.identity.division.infrastructure;

import cn.gov.platform.identity.division.domain.Division;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.division.domain.DivisionTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the division data file: {@code {"divisions":[{"code","name","nameEn","illustrative"}]}}
 * ({@code nameEn} optional: a division without one is named in Chinese in both languages). Parents
 * follow from the coding rules; a file whose tree is inconsistent stops the service from starting
 * rather than answering wrong authority checks later.
 */
public final class DivisionFile {

    private DivisionFile() {
    }

    public static DivisionTree load(Resource resource, JsonMapper json) {
        try (InputStream in = resource.getInputStream()) {
            JsonNode root = json.readTree(in);
            List<Division> divisions = new ArrayList<>();
            List<DivisionCode> codes = new ArrayList<>();
            for (JsonNode node : root.get("divisions")) {
                codes.add(new DivisionCode(node.get("code").asString()));
            }
            java.util.Set<DivisionCode> known = new java.util.HashSet<>(codes);
            int i = 0;
            for (JsonNode node : root.get("divisions")) {
                DivisionCode code = codes.get(i++);
                DivisionCode parent = code.parent().filter(known::contains).orElse(null);
                divisions.add(new Division(code, node.get("name").asString(), parent,
                        node.path("illustrative").asBoolean(true), node.path("nameEn").asString("")));
            }
            return DivisionTree.of(divisions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division file " + resource, e);
        }
    }
}
