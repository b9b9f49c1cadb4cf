package cn.gov.platform.identity.person.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Verification;
import cn.gov.platform.identity.person.domain.VerificationStatus;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 17, point 2: people served at a window without an account, and their records becoming theirs. */
class PersonRecordsIT extends IdentityServiceIT {

    private static final String RECORDS = "/api/identity/internal/person-records";

    private Api.Reply atCounter(String name, String idNumber, String phone) {
        String phoneJson = phone == null ? "null" : "\"" + phone + "\"";
        return postJson(RECORDS, serviceToken(), """
                {"name":"%s","idNumber":"%s","phone":%s,"filedBy":"clerk-subject"}""".formatted(name, idNumber, phoneJson));
    }

    @Test
    void aPersonWithoutAnAccountGetsOneRecordAtTheFirstVisitAndTheSameAtTheNext() {
        String idNumber = freshIdNumber().value();

        Api.Reply first = atCounter("马小花", idNumber, null);
        Api.Reply again = atCounter("马小花", idNumber.toLowerCase(), "13909531234");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("registered").asBoolean()).isFalse();
        assertThat(first.json().get("subject").asString()).startsWith("record:");
        assertThat(again.json().get("subject").asString()).isEqualTo(first.json().get("subject").asString());
        assertThat(first.body()).doesNotContain(idNumber);
    }

    @Test
    void thePhoneGivenAtTheWindowIsTheRecordsContactForSmsAndTheRecordIsANaturalPersonForCredit() {
        String subject = atCounter("马小红", freshIdNumber().value(), "13909531235").json().get("subject").asString();

        Api.Reply contact = api().get("/api/identity/internal/persons/" + subject + "/contact", serviceToken());

        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().get("phone").asString()).isEqualTo("13909531235");
        JsonNode creditSubject = api().get("/api/identity/internal/persons/" + subject + "/credit-subject", serviceToken())
                .json();
        assertThat(creditSubject.get("kind").asString()).as("checked by credit as the person").isEqualTo("NATURAL_PERSON");
        assertThat(creditSubject.get("name").asString()).isEqualTo("马小红");
        String withoutPhone = atCounter("马小兰", freshIdNumber().value(), null).json().get("subject").asString();
        assertThat(api().get("/api/identity/internal/persons/" + withoutPhone + "/contact", serviceToken()).status())
                .isEqualTo(404);
    }

    @Test
    void anInvalidIdNumberOrPhoneOrAnotherNameForTheNumberIsRefusedNamingTheField() {
        String idNumber = freshIdNumber().value();
        atCounter("马小军", idNumber, null);

        Api.Reply badNumber = atCounter("马小军", "640324199001011234", null);
        Api.Reply badPhone = atCounter("马小军", freshIdNumber().value(), "12345");
        Api.Reply otherName = atCounter("李四", idNumber, null);

        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.json().get("field").asString()).isEqualTo("person.idNumber");
        assertThat(badNumber.body()).doesNotContain("640324199001011234");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("field").asString()).isEqualTo("person.phone");
        assertThat(otherName.status()).isEqualTo(422);
        assertThat(otherName.json().get("code").asString()).isEqualTo("NAME_DOES_NOT_MATCH_ID_NUMBER");
        assertThat(otherName.json().get("field").asString()).isEqualTo("person.name");
    }

    @Test
    void aPersonWithAnAccountIsServedUnderTheirAccount() {
        String subject = verifiedPerson("pr-registered");
        String idNumber = persons.bySubject(subject).orElseThrow().idNumber().value();

        Api.Reply served = atCounter("测试人员", idNumber, null);

        assertThat(served.json().get("subject").asString()).isEqualTo(subject);
        assertThat(served.json().get("registered").asBoolean()).isTrue();
    }

    @Test
    void aRecordBecomesTheAccountsOnceItsPersonRegistersAndIsVerifiedWithTheSameNumber() {
        ResidentIdNumber idNumber = freshIdNumber();
        String record = atCounter("测试人员", idNumber.value(), null).json().get("subject").asString();
        String unverified = TestIssuer.subjectOf("pr-unverified");
        String verified = TestIssuer.subjectOf("pr-verified");
        persons.add(new Person(unverified, "pr-unverified", "测试人员", freshIdNumber(), new MobileNumber("13912345670"),
                Verification.NONE, Instant.parse("2026-02-10T02:00:00Z")));

        JsonNode none = api().get("/api/identity/internal/persons/" + unverified + "/person-records", serviceToken()).json();
        persons.add(new Person(verified, "pr-verified", "测试人员", idNumber, new MobileNumber("13912345671"),
                new Verification(VerificationStatus.VERIFIED, Instant.parse("2026-02-10T02:00:00Z"), "TEST"),
                Instant.parse("2026-02-10T02:00:00Z")));
        JsonNode theirs = api().get("/api/identity/internal/persons/" + verified + "/person-records", serviceToken()).json();

        assertThat(none.get("subjects").size()).isZero();
        assertThat(theirs.get("subjects").get(0).asString()).isEqualTo(record);
    }

    @Test
    void onlyServicesMayAsk() {
        Api.Reply citizen = postJson(RECORDS, issuer().token("pr-citizen", "citizen"),
                "{\"name\":\"马小花\",\"idNumber\":\"" + freshIdNumber().value() + "\",\"filedBy\":\"x\"}");
        assertThat(citizen.status()).isEqualTo(403);
        assertThat(api().get("/api/identity/internal/persons/x/person-records", issuer().token("pr-clerk", "clerk"))
                .status()).isEqualTo(403);
    }
}
