package cn.gov.platform.intake.cases;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's own cases, newest first: a person sees only cases whose applicant they are. */
@RestController
class MyCasesController {

    private final MongoTemplate mongo;

    MyCasesController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/intake/cases")
    CaseList myCases(@AuthenticationPrincipal Jwt jwt) {
        Query mine = Query.query(Criteria.where("applicantSubject").is(jwt.getSubject()))
                .with(Sort.by(Sort.Direction.DESC, "submittedAt")).limit(100);
        mine.fields().include("number", "itemCode", "state", "submittedAt");
        List<CaseSummary> items = mongo.find(mine, CaseSummary.class, "cases");
        return new CaseList(items, items.size());
    }

    record CaseSummary(String number, String itemCode, String state, Instant submittedAt) {
    }

    record CaseList(List<CaseSummary> items, int count) {
    }
}
