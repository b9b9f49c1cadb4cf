package cn.gov.platform.identity.person.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.identity.person.infrastructure.RegistrationSweep;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

class RegistrationApiIT extends IdentityServiceIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RegistrationSweep sweep;

    private Api.Reply register(String username, String name, ResidentIdNumber id, String phone) {
        return postJson("/api/identity/registrations", null, """
                {"username":"%s","password":"Secret12345x","name":"%s","idNumber":"%s","phone":"%s"}"""
                .formatted(username, name, id.value(), phone));
    }

    @Test
    void anAnonymousCitizenRegistersAndIsVerifiedWithTheirDataMaskedAndEncryptedAtRest() {
        keycloakCreates("reg-alice");
        ResidentIdNumber id = freshIdNumber();

        Api.Reply reply = register("reg-alice", "马丽", id, "13812345678");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode person = reply.json();
        assertThat(person.get("subject").asString()).isEqualTo(TestIssuer.subjectOf("reg-alice"));
        assertThat(person.get("phone").asString()).isEqualTo("138****5678");
        assertThat(person.get("idNumber").asString()).isEqualTo(id.masked());
        assertThat(person.get("verification").get("status").asString()).isEqualTo("verified");
        assertThat(person.get("verification").get("method").asString()).isEqualTo("ID_CARD_DATABASE");
        assertThat(reply.body()).doesNotContain(id.value()).doesNotContain("13812345678");
        OUTSIDE.verify(postRequestedFor(urlEqualTo("/admin/realms/gov/users/" + TestIssuer.subjectOf("reg-alice")
                + "/role-mappings/realm")).withRequestBody(matchingJsonPath("$[0].name",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("citizen"))));

        Document stored = mongo.getCollection("persons").find(new Document("_id", TestIssuer.subjectOf("reg-alice"))).first();
        assertThat(stored.toJson()).doesNotContain(id.value()).doesNotContain("13812345678");
        assertThat(stored.getString("idNumber")).startsWith("v1:");

        JsonNode me = api().get("/api/identity/me", issuer().token("reg-alice", "citizen")).json();
        assertThat(me.get("person").get("name").asString()).isEqualTo("马丽");
        assertThat(intentOf("reg-alice")).as("the registration's intent is removed once it is done").isNull();
    }

    @Test
    void aNameTheProviderDoesNotMatchLeavesTheRegistrationFailedVerificationAndARetryIsPossible() {
        keycloakCreates("reg-bob");

        Api.Reply reply = register("reg-bob", "张不符", freshIdNumber(), "13912345679");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("verification").get("status").asString()).isEqualTo("failed");
        Api.Reply retry = postJson("/api/identity/me/verification", issuer().token("reg-bob", "citizen"), "");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("verification").get("status").asString()).isEqualTo("failed");
    }

    @Test
    void whenTheProviderIsDownThePersonStaysUnverifiedAndTheRetryIsA503() {
        keycloakCreates("reg-carol");

        Api.Reply reply = register("reg-carol", "王宕机", freshIdNumber(), "13912345670");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("verification").get("status").asString()).isEqualTo("unverified");
        Api.Reply retry = postJson("/api/identity/me/verification", issuer().token("reg-carol", "citizen"), "");
        assertThat(retry.status()).isEqualTo(503);
        assertThat(retry.json().get("code").asString()).isEqualTo("VERIFICATION_UNAVAILABLE");
    }

    @Test
    void anInvalidIdentityNumberIsRefusedNamingTheFieldAndNothingIsCreated() {
        long before = persons.count();

        Api.Reply reply = postJson("/api/identity/registrations", null, """
                {"username":"reg-dave","password":"Secret12345x","name":"李明","idNumber":"110105194912310021","phone":"13812345678"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(reply.json().get("field").asString()).isEqualTo("idNumber");
        assertThat(reply.json().get("message").get("zh").asString()).contains("校验位");
        assertThat(reply.json().get("message").get("en").asString()).contains("check character");
        assertThat(persons.count()).isEqualTo(before);
        OUTSIDE.verify(0, postRequestedFor(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", com.github.tomakehurst.wiremock.client.WireMock.equalTo("reg-dave"))));
    }

    @Test
    void aNumberWhoseHolderIsNotBornYetByTheServicesClockIsRefusedAndNothingIsCreated() {
        TestClock.set(Instant.parse("2026-06-14T02:00:00Z")); // 10:00 on 14 June in China
        try {
            String body = "640324" + "20260615" + "001";
            String bornTomorrow = body + ResidentIdNumber.checkCharacter(body);

            Api.Reply reply = postJson("/api/identity/registrations", null, """
                    {"username":"reg-unborn","password":"Secret12345x","name":"李明","idNumber":"%s","phone":"13812345673"}"""
                    .formatted(bornTomorrow));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("code").asString()).isEqualTo("INVALID_ID_NUMBER");
            assertThat(reply.json().get("field").asString()).isEqualTo("idNumber");
            assertThat(reply.json().get("message").get("en").asString()).contains("birth date");
            assertThat(reply.body()).doesNotContain(bornTomorrow);
            OUTSIDE.verify(0, postRequestedFor(urlPathEqualTo("/admin/realms/gov/users"))
                    .withRequestBody(matchingJsonPath("$.username", com.github.tomakehurst.wiremock.client.WireMock.equalTo("reg-unborn"))));
        } finally {
            TestClock.release();
        }
    }

    @Test
    void aLowerCaseXIsAcceptedAndStoredUpperCase() {
        keycloakCreates("reg-lower-x");
        String seventeen = "64032419910202006"; // its check character is X
        String typed = seventeen + "x";

        Api.Reply reply = postJson("/api/identity/registrations", null, """
                {"username":"reg-lower-x","password":"Secret12345x","name":"李明","idNumber":"%s","phone":"13812345674"}"""
                .formatted(typed));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(persons.byIdNumber(new ResidentIdNumber(seventeen + "X"))).isPresent();
        assertThat(reply.json().get("idNumber").asString()).isEqualTo("640***********006X");
    }

    @Test
    void anInvalidPhoneIsRefusedNamingTheField() {
        Api.Reply reply = register("reg-erin", "李明", freshIdNumber(), "12345678901");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asString()).isEqualTo("phone");
    }

    @Test
    void aSecondRegistrationWithTheSameIdentityNumberIsA409BeforeAnyAccountIsMade() {
        keycloakCreates("reg-frank");
        ResidentIdNumber id = freshIdNumber();
        assertThat(register("reg-frank", "赵强", id, "13812345671").status()).isEqualTo(201);

        Api.Reply again = register("reg-frank-2", "赵强", id, "13812345671");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("ID_NUMBER_REGISTERED");
        OUTSIDE.verify(0, postRequestedFor(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", com.github.tomakehurst.wiremock.client.WireMock.equalTo("reg-frank-2"))));
    }

    @Test
    void whenTheStoreRefusesTheRecordTheKeycloakAccountIsDeletedAgain() {
        // The store already holds a record under this username (as after a half-finished
        // registration elsewhere): Keycloak creates the account, the insert then fails.
        verifiedPerson("reg-clash");
        keycloakCreates("reg-clash");
        ResidentIdNumber id = freshIdNumber();

        Api.Reply reply = register("reg-clash", "钱多", id, "13812345672");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("code").asString()).isEqualTo("USERNAME_TAKEN");
        OUTSIDE.verify(deleteRequestedFor(urlEqualTo("/admin/realms/gov/users/" + TestIssuer.subjectOf("reg-clash"))));
        assertThat(persons.byIdNumber(id)).isEmpty();
        assertThat(intentOf("reg-clash")).as("the compensation removes the intent too").isNull();
    }

    @Test
    void whenKeycloakCannotGiveTheRoleTheAccountIsDeletedAndNothingIsStored() {
        keycloakCreates("reg-norole");
        String subject = TestIssuer.subjectOf("reg-norole");
        OUTSIDE.stubFor(get(urlEqualTo("/admin/realms/gov/users/" + subject + "/role-mappings/realm/available"))
                .willReturn(aResponse().withStatus(500)));
        ResidentIdNumber id = freshIdNumber();

        Api.Reply reply = register("reg-norole", "孙立", id, "13812345673");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        OUTSIDE.verify(deleteRequestedFor(urlEqualTo("/admin/realms/gov/users/" + subject)));
        assertThat(persons.bySubject(subject)).isEmpty();
        assertThat(persons.byIdNumber(id)).isEmpty();
    }

    @Test
    void aUsernameKeycloakAlreadyHoldsIsA409() {
        OUTSIDE.stubFor(post(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", com.github.tomakehurst.wiremock.client.WireMock.equalTo("reg-taken")))
                .willReturn(aResponse().withStatus(409)));

        Api.Reply reply = register("reg-taken", "周全", freshIdNumber(), "13812345674");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("field").asString()).isEqualTo("username");
        assertThat(intentOf("reg-taken")).as("Keycloak made no account, so nothing is left to reclaim").isNull();
    }

    @Test
    void whenKeycloakFailsToAnswerTheCreationTheIntentStaysForTheSweepAndARetryMeanwhileIsInProgress() {
        OUTSIDE.stubFor(post(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("reg-lost")))
                .willReturn(aResponse().withStatus(502)));

        Api.Reply reply = register("reg-lost", "周全", freshIdNumber(), "13812345679");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        // The account may have been made and its answer lost: only the sweep, after the grace period, may tell.
        Document intent = intentOf("reg-lost");
        assertThat(intent).isNotNull();
        assertThat(intent.getString("subject")).isNull();
        assertThat(register("reg-lost", "周全", freshIdNumber(), "13812345679").json().get("code").asString())
                .isEqualTo("REGISTRATION_IN_PROGRESS");
        mongo.getCollection("registration_intents").deleteOne(new Document("_id", "reg-lost"));
    }

    @Test
    void theContactLookupGivesTheNumberInClearToServicesOnlyAndFollowsAPhoneChange() {
        String subject = verifiedPerson("contact-person");
        String citizen = issuer().token("contact-person", "citizen");

        assertThat(api().get("/api/identity/internal/persons/" + subject + "/contact", citizen).status()).isEqualTo(403);
        Api.Reply contact = api().get("/api/identity/internal/persons/" + subject + "/contact", serviceToken());
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().get("phone").asString()).isEqualTo("13912345678");
        assertThat(contact.json().get("language").asString()).isEqualTo("zh-CN");

        api().send("PUT", "/api/identity/me/phone", citizen, "{\"phone\":\"13700001111\"}",
                java.util.Map.of("Content-Type", "application/json"));
        api().send("PUT", "/api/identity/me/preferences", citizen, "{\"language\":\"en\",\"smsOptIn\":true}",
                java.util.Map.of("Content-Type", "application/json"));

        JsonNode changed = api().get("/api/identity/internal/persons/" + subject + "/contact", serviceToken()).json();
        assertThat(changed.get("phone").asString()).isEqualTo("13700001111");
        assertThat(changed.get("language").asString()).isEqualTo("en");
        assertThat(api().get("/api/identity/internal/persons/no-such-subject/contact", serviceToken()).status())
                .isEqualTo(404);
    }

    // A registration whose process died (kill -9, OOM, node loss) between the Keycloak account and the
    // person record is simulated by what it leaves behind: its intent, and the account at Keycloak.

    @Test
    void anAccountLeftBehindWithItsSubjectRecordedIsDeletedAndTheNextRegistrationOfTheUsernameSucceeds() {
        String orphan = "orphan-" + UUID.randomUUID();
        intentLeftBehind("reg-orphan-a", TestClock.now().minus(Duration.ofMinutes(10)), orphan);
        keycloakHoldsUntilDeleted("reg-orphan-a", orphan);

        Api.Reply reply = register("reg-orphan-a", "吴新", freshIdNumber(), "13812345675");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("subject").asString()).isEqualTo(TestIssuer.subjectOf("reg-orphan-a"));
        OUTSIDE.verify(deleteRequestedFor(urlEqualTo("/admin/realms/gov/users/" + orphan)));
        assertThat(intentOf("reg-orphan-a")).isNull();
    }

    @Test
    void anAccountLeftBehindBeforeItsSubjectWasRecordedIsFoundByUsernameInsideTheWindowAndDeleted() {
        String orphan = "orphan-" + UUID.randomUUID();
        Instant startedAt = TestClock.now().minus(Duration.ofMinutes(10));
        intentLeftBehind("reg-orphan-b", startedAt, null);
        keycloakLists("reg-orphan-b", orphan, startedAt.plusSeconds(2));
        keycloakHoldsUntilDeleted("reg-orphan-b", orphan);

        Api.Reply reply = register("reg-orphan-b", "吴新", freshIdNumber(), "13812345676");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        OUTSIDE.verify(deleteRequestedFor(urlEqualTo("/admin/realms/gov/users/" + orphan)));
        assertThat(intentOf("reg-orphan-b")).isNull();
    }

    @Test
    void aRegistrationOfAUsernameWhoseRegistrationIsStillRunningIsA409AndTouchesNothing() {
        intentLeftBehind("reg-running", TestClock.now().minusSeconds(5), null);
        keycloakCreates("reg-running");

        Api.Reply reply = register("reg-running", "郑行", freshIdNumber(), "13812345677");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:gov-platform:problem:registration-in-progress");
        assertThat(reply.json().get("code").asString()).isEqualTo("REGISTRATION_IN_PROGRESS");
        assertThat(reply.json().get("field").asString()).isEqualTo("username");
        assertThat(reply.json().get("message").get("zh").asString()).contains("正在注册");
        assertThat(reply.json().get("message").get("en").asString()).contains("in progress");
        OUTSIDE.verify(0, postRequestedFor(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("reg-running"))));
        OUTSIDE.verify(0, getRequestedFor(urlPathEqualTo("/admin/realms/gov/users"))
                .withQueryParam("username", equalTo("reg-running")));
        assertThat(intentOf("reg-running")).as("a registration that may still run is never reclaimed").isNotNull();
        mongo.getCollection("registration_intents").deleteOne(new Document("_id", "reg-running"));
    }

    @Test
    void aRegistrationSlowerThanTheGracePeriodWhoseIntentWasReclaimedWritesNoRecordAndTakesItsAccountBack()
            throws Exception {
        OUTSIDE.stubFor(post(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("reg-slow")))
                .willReturn(aResponse().withStatus(201).withFixedDelay(1500).withHeader("Location",
                        OUTSIDE.baseUrl() + "/admin/realms/gov/users/" + TestIssuer.subjectOf("reg-slow"))));
        ResidentIdNumber id = freshIdNumber();

        CompletableFuture<Api.Reply> pending = CompletableFuture.supplyAsync(
                () -> register("reg-slow", "慢行", id, "13812345670"));
        // While Keycloak hangs, another instance's sweep finds the intent stale and reclaims it.
        await(() -> intentOf("reg-slow") != null);
        mongo.getCollection("registration_intents").deleteOne(new Document("_id", "reg-slow"));
        Api.Reply reply = pending.get(30, TimeUnit.SECONDS);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("code").asString()).isEqualTo("REGISTRATION_INTERRUPTED");
        OUTSIDE.verify(deleteRequestedFor(urlEqualTo("/admin/realms/gov/users/" + TestIssuer.subjectOf("reg-slow"))));
        assertThat(persons.byIdNumber(id)).isEmpty();
        assertThat(persons.bySubject(TestIssuer.subjectOf("reg-slow"))).isEmpty();
    }

    @Test
    void aKeycloakThatNeverAnswersIsA503AfterTheAdminTimeoutAndTheIntentStaysForTheSweep() {
        OUTSIDE.stubFor(post(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("reg-hung")))
                .willReturn(aResponse().withStatus(201).withFixedDelay(8000).withHeader("Location",
                        OUTSIDE.baseUrl() + "/admin/realms/gov/users/" + TestIssuer.subjectOf("reg-hung"))));
        ResidentIdNumber id = freshIdNumber();
        long started = System.nanoTime();

        Api.Reply reply = register("reg-hung", "挂起", id, "13812345671");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                .as("answered at the admin timeout (3 s here), not when Keycloak does").isLessThan(7000);
        assertThat(persons.byIdNumber(id)).isEmpty();
        assertThat(intentOf("reg-hung")).as("the account may exist: the sweep looks for it later").isNotNull();
        mongo.getCollection("registration_intents").deleteOne(new Document("_id", "reg-hung"));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theSweepDeletesAnOrphanAccountAndKeepsAFinishedRegistrationAndAStaffAccountMadeByHand() {
        Instant longAgo = TestClock.now().minus(Duration.ofMinutes(30));
        String orphan = "orphan-" + UUID.randomUUID();
        intentLeftBehind("reg-swept", longAgo, orphan);
        String finished = verifiedPerson("reg-finished");
        intentLeftBehind("reg-finished", longAgo, finished);
        String staff = "staff-" + UUID.randomUUID();
        intentLeftBehind("reg-staff", longAgo, null);
        keycloakLists("reg-staff", staff, longAgo.minus(Duration.ofDays(3)));

        int reclaimed = sweep.sweepNow();

        assertThat(reclaimed).isGreaterThanOrEqualTo(3);
        OUTSIDE.verify(deleteRequestedFor(urlEqualTo("/admin/realms/gov/users/" + orphan)));
        OUTSIDE.verify(0, deleteRequestedFor(urlEqualTo("/admin/realms/gov/users/" + finished)));
        OUTSIDE.verify(0, deleteRequestedFor(urlEqualTo("/admin/realms/gov/users/" + staff)));
        assertThat(intentOf("reg-swept")).isNull();
        assertThat(intentOf("reg-finished")).isNull();
        assertThat(intentOf("reg-staff")).isNull();
        assertThat(persons.bySubject(finished)).isPresent();
    }

    private void intentLeftBehind(String username, Instant startedAt, String subject) {
        mongo.getCollection("registration_intents").insertOne(new Document("_id", username)
                .append("startedAt", Date.from(startedAt)).append("subject", subject));
    }

    private Document intentOf(String username) {
        return mongo.getCollection("registration_intents").find(new Document("_id", username)).first();
    }

    /** Keycloak answers the username taken until {@code orphan} is deleted, then creates the account. */
    private static void keycloakHoldsUntilDeleted(String username, String orphan) {
        String scenario = "orphan of " + username;
        OUTSIDE.stubFor(post(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", equalTo(username)))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(409)));
        OUTSIDE.stubFor(delete(urlEqualTo("/admin/realms/gov/users/" + orphan))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(204)).willSetStateTo("deleted"));
        OUTSIDE.stubFor(post(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", equalTo(username)))
                .inScenario(scenario).whenScenarioStateIs("deleted")
                .willReturn(aResponse().withStatus(201).withHeader("Location",
                        OUTSIDE.baseUrl() + "/admin/realms/gov/users/" + TestIssuer.subjectOf(username))));
    }

    /** Keycloak's exact search for {@code username} finds the account {@code subject}, created at {@code created}. */
    private static void keycloakLists(String username, String subject, Instant created) {
        OUTSIDE.stubFor(get(urlPathEqualTo("/admin/realms/gov/users"))
                .withQueryParam("username", equalTo(username))
                .willReturn(okJson("""
                        [{"id":"%s","username":"%s","enabled":true,"createdTimestamp":%d}]"""
                        .formatted(subject, username, created.toEpochMilli()))));
    }
}
