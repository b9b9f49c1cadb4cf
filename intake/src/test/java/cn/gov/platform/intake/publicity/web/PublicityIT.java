package cn.gov.platform.intake.publicity.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.supervision.SupervisedCases;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public result list (审批结果网上公示): approved cases, names of persons masked, no login. */
class PublicityIT extends IntakeIT {

    @Autowired
    CaseStore store;

    private final SupervisedCases cases = new SupervisedCases();

    private static void identityKnows(String subject, String kind, String name) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + subject + "/credit-subject"))
                .willReturn(okJson("{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"code\":\"91640324MA76XXXX1X\"}")));
    }

    @Test
    void approvedCasesArePublishedWithPersonsMaskedAndEnterprisesInFull() {
        String dept = "it-pub-" + UUID.randomUUID().toString().substring(0, 8);
        Implementation where = SupervisedCases.department(COUNTY, dept);
        String person = "pub-person-" + UUID.randomUUID();
        String enterprise = "pub-enterprise-" + UUID.randomUUID();
        identityKnows(person, "NATURAL_PERSON", "欧阳娜娜");
        identityKnows(enterprise, "LEGAL_PERSON", "同心县豫海镇清真食品有限公司");
        Case approved = cases.decided(where, person, null, Verdict.APPROVE, TestClock.now());
        Case immediate = cases.decidedAtWindow(where, enterprise, TestClock.now());
        Case rejected = cases.decided(where, person, null, Verdict.REJECT, TestClock.now());
        Case open = cases.accepted(where, person, TestClock.now());
        for (Case c : new Case[] {approved, immediate, rejected, open}) {
            store.insert(c);
        }

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api().get("/api/intake/public/results?department=" + dept, null).json().get("count").asInt())
                .isEqualTo(2));
        Api.Reply list = api().get("/api/intake/public/results?department=" + dept, null);
        assertThat(list.json().get("items").findValuesAsString("applicant"))
                .containsExactlyInAnyOrder("欧阳**", "同心县豫海镇清真食品有限公司");
        assertThat(list.json().get("items").findValuesAsString("caseNumber"))
                .containsExactlyInAnyOrder(approved.snapshot().lifecycle().number(), immediate.snapshot().lifecycle().number());
        assertThat(list.body()).doesNotContain(person).doesNotContain("91640324MA76XXXX1X").doesNotContain("娜娜");
        assertThat(api().get("/api/intake/public/results?division=640324", null).status()).isEqualTo(400);
    }
}
