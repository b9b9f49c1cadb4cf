package cn.gov.platform.credit.publicity;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public query of active red and black list entries (CRE-4): no login needed. */
@RestController
@Validated
class PublicListController {

    private final MongoTemplate mongo;

    PublicListController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/credit/public/entries")
    PublicEntries entries(@RequestParam(defaultValue = "black")
            @Pattern(regexp = "red|black", message = "名单类型只能是 red 或 black | list must be red or black") String list) {
        Query active = Query.query(Criteria.where("list").is(list).and("status").is("ACTIVE")).limit(200);
        active.fields().include("subjectDisplayName", "listType", "issuingDepartment", "start", "end");
        return new PublicEntries(list, mongo.find(active, PublicEntry.class, "entries"));
    }

    /** Only what may be published: the masked display name, never an identity number. */
    record PublicEntry(String subjectDisplayName, String listType, String issuingDepartment, LocalDate start,
            LocalDate end) {
    }

    record PublicEntries(String list, List<PublicEntry> entries) {
    }
}
