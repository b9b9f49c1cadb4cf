package cn.gov.platform.e2e.authorization;

import cn.gov.platform.e2e.RunningPlatform;
import cn.gov.platform.testkit.Api;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The objects the table's rows act on, made through the platform's own APIs as their owners and
 * staff would make them: citizen A's cases in several states (filed by the agent under A's
 * mandate), a complaint, a rating, A's certificate and its shares, a person X whom the test
 * registers itself and who owns the credit entry, the objection and mandates that rows change,
 * import jobs, a credit check, and A's inbox message. Each is made once per run when a row first
 * needs it; a row that changes one asks for its own ({@code fresh}). Every value has a phantom of
 * the same form that names nothing, for the existence probes.
 */
final class Fixtures {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String ENTERPRISE = "91640324MA76TX0DXL";
    /** The national standard's example code: valid, and registered by nobody on the platform. */
    static final String UNREGISTERED_ENTERPRISE = "91350100M000100Y43";
    private static final String DEPARTMENT = "county-market-regulation";
    private static final String COUNTY = "640324000000";
    private static final String A_ID_NUMBER = "640324198503120411";
    private static final String X_USERNAME = "authz-matrix-x";
    private static final String X_PASSWORD = "Authz-matrix-2026x";
    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final Scope NONE = new Scope(List.of());

    private final Callers callers;
    private final Exchange exchange;
    private final Map<String, String> services;
    private final Map<String, Supplier<Map<String, String>>> makers = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> made = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private @Nullable LocalDate today;
    private @Nullable Instant now;

    /** {@code services}: service name → its own base URL (from the servers of its OpenAPI document). */
    Fixtures(Callers callers, Exchange exchange, Map<String, String> services) {
        this.callers = callers;
        this.exchange = exchange;
        this.services = services;
        makers.put("x", this::personX);
        makers.put("x-agent", this::xAsAgent);
        makers.put("x-member", this::xAsMember);
        makers.put("x-position", this::xPosition);
        makers.put("mandate", this::demoMandate);
        makers.put("x-mandate", this::xMandate);
        makers.put("x-pending-mandate", this::xPendingMandate);
        makers.put("enterprise", () -> Map.of("id", ENTERPRISE));
        makers.put("draft-case", this::draftCase);
        makers.put("case", this::submittedCase);
        makers.put("accepted-case", this::acceptedCase);
        makers.put("certificate-data-case", this::certificateDataCase);
        makers.put("approved-case", this::approvedCase);
        makers.put("rated-case", this::ratedCase);
        makers.put("joint-case", this::jointCase);
        makers.put("immediate-case", this::immediateCase);
        makers.put("complaint", this::complaint);
        makers.put("xf-petition", this::petitionOfA);
        makers.put("hotline-ticket", this::hotlineTicket);
        makers.put("certificate", this::certificateOfA);
        makers.put("shared-certificate", this::sharedCertificate);
        makers.put("share", this::share);
        makers.put("x-certificate", this::certificateOfX);
        makers.put("certificate-import", this::certificateImport);
        makers.put("credit-import", this::creditImport);
        makers.put("entry", this::entry);
        makers.put("petition", this::petition);
        makers.put("credit-check", this::creditCheck);
        makers.put("inbox-message", this::inboxMessage);
        makers.put("message", this::inboxMessage);
    }

    boolean isFixture(String name) {
        return makers.containsKey(name);
    }

    /** The objects one row made for itself ({@code fresh}), by fixture name. */
    static final class Scope {
        private final Set<String> fresh;
        private final Map<String, Map<String, String>> made = new LinkedHashMap<>();

        Scope(Collection<String> fresh) {
            this.fresh = Set.copyOf(fresh);
        }
    }

    /** The fixture's field ({@code id} unless named): the run's object, or the row's own if it asked for a fresh one. */
    String value(String name, String field, Scope scope) {
        Map<String, String> object;
        if (scope.fresh.contains(name)) {
            object = scope.made.get(name);
            if (object == null) {
                object = make(name);
                scope.made.put(name, object);
            }
        } else {
            // Rows run in parallel: one object per name, made by whichever row asks first.
            synchronized (locks.computeIfAbsent(name, n -> new Object())) {
                object = made.get(name);
                if (object == null) {
                    object = make(name);
                    made.put(name, object);
                }
            }
        }
        String value = object.get(field);
        if (value == null) {
            throw new IllegalStateException("fixture " + name + " has no field " + field + ": " + object.keySet());
        }
        return value;
    }

    private String shared(String name) {
        return value(name, "id", NONE);
    }

    /** A value of the same form as {@code real} that names no object. */
    static String phantom(String name, String field, String real) {
        if (name.equals("enterprise")) {
            return UNREGISTERED_ENTERPRISE;
        }
        if (real.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return UUID.randomUUID().toString();
        }
        char[] chars = real.toCharArray();
        int changed = 0;
        for (int i = chars.length - 1; i >= 0 && changed < 6; i--) {
            char c = chars[i];
            if (Character.isDigit(c)) {
                chars[i] = (char) ('0' + (c - '0' + 5) % 10);
                changed++;
            } else if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
                char base = c >= 'a' ? 'a' : 'A';
                chars[i] = (char) (base + (c - base + 3) % 6);
                changed++;
            }
        }
        return new String(chars);
    }

    private Map<String, String> make(String name) {
        Supplier<Map<String, String>> maker = makers.get(name);
        if (maker == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return maker.get();
    }

    // --- time as the platform sees it -----------------------------------------------------------

    /** Today in China by the gateway's clock (its Date header), never by this JVM's. */
    synchronized LocalDate today() {
        if (today == null) {
            Api.Reply reply = gateway("anonymous", "GET", "/api/intake/catalogue/fees", null);
            String date = reply.header("Date");
            if (date == null) {
                throw new IllegalStateException("the gateway sent no Date header");
            }
            now = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            today = LocalDate.ofInstant(now, CHINA);
        }
        return today;
    }

    synchronized Instant now() {
        today();
        return now;
    }

    /** The Nth working day after today on the platform's own calendar. */
    LocalDate workingDaysAfterToday(int days) {
        Api.Reply reply = gateway("anonymous", "GET",
                "/api/intake/calendar/working-days-after?date=" + today() + "&days=" + days, null);
        return LocalDate.parse(ok(reply, "working days").json().get("result").asString());
    }

    // --- person X -------------------------------------------------------------------------------

    /**
     * A person the test registers itself (once per platform: later runs sign in again). X owns the
     * objects whose rows change them for good (mandates, credit entries and objections), so that
     * the demo users' own data stays as other tests expect it.
     */
    private Map<String, String> personX() {
        String idNumber = residentIdNumber("64032420000101001");
        Map<String, String> x = new LinkedHashMap<>(Map.of("username", X_USERNAME, "password", X_PASSWORD,
                "name", "艾授权", "idNumber", idNumber, "phone", "13909539901"));
        callers.addPerson("x", X_USERNAME, X_PASSWORD, x.get("phone"));
        String subject;
        try {
            subject = callers.get("x").subject();
        } catch (IllegalStateException notYetRegistered) {
            // The gateway allows few registrations per address and hour: register only the first time.
            Api.Reply registered = gateway("anonymous", "POST", "/api/identity/registrations", """
                    {"username":"%s","password":"%s","name":"%s","idNumber":"%s","phone":"%s"}"""
                    .formatted(X_USERNAME, X_PASSWORD, x.get("name"), idNumber, x.get("phone")));
            if (registered.status() != 201) {
                throw failed("registering X", registered);
            }
            subject = callers.get("x").subject();
        }
        x.put("id", subject);
        x.put("subject", subject);
        ok(gateway("admin", "PUT", "/api/identity/admin/agents/" + subject, "{\"servicePoint\":\"640324100201\"}"),
                "registering X as an agent");
        return x;
    }

    private String x(String field) {
        return value("x", field, NONE);
    }

    private Map<String, String> xAsAgent() {
        ok(gateway("admin", "PUT", "/api/identity/admin/agents/" + x("subject"), "{\"servicePoint\":\"640324100201\"}"),
                "registering X as an agent");
        return Map.of("id", x("subject"));
    }

    /** X as a member of the demo enterprise (a member already, after the row that authorises X). */
    private Map<String, String> xAsMember() {
        Api.Reply authorised = gateway("ent-member", "POST", "/api/identity/enterprises/" + ENTERPRISE + "/members",
                "{\"username\":\"" + X_USERNAME + "\",\"role\":\"filer\"}");
        if (authorised.status() != 200 && !"ALREADY_MEMBER".equals(Expectation.codeOf(authorised))) {
            throw failed("making X a member", authorised);
        }
        return Map.of("id", x("subject"));
    }

    private Map<String, String> xPosition() {
        Api.Reply assigned = ok(gateway("admin", "POST", "/api/identity/admin/staff-positions", """
                {"staff":"%s","department":"weizhou-town-service-center","division":"640324102000","roles":["clerk"]}"""
                .formatted(x("subject"))), "giving X a staff position");
        return Map.of("id", assigned.json().get("id").asString());
    }

    // --- mandates -------------------------------------------------------------------------------

    /**
     * The demo mandate: A gave the agent SCJG-001 among others. Identity seeds it in the background
     * after start-up, so on a platform that has just started it is looked for until it is there.
     */
    private Map<String, String> demoMandate() {
        String agent = callers.get("agent").subject();
        Instant deadline = Instant.now().plus(ARRIVAL);
        while (true) {
            JsonNode given = ok(gateway("citizen-a", "GET", "/api/identity/mandates", null), "A's mandates").json()
                    .get("given");
            for (JsonNode m : given) {
                if (m.get("agent").asString().equals(agent) && m.path("effective").asBoolean(false)
                        && m.get("items").toString().contains("SCJG-001")) {
                    return Map.of("id", m.get("id").asString());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("A has no effective mandate for the agent covering SCJG-001: " + given);
            }
            pause();
        }
    }

    private Map<String, String> xMandate() {
        x("id");
        Api.Reply granted = ok(gateway("x", "POST", "/api/identity/mandates", """
                {"agent":"%s","items":["MZ-002"],"validUntil":"%s"}"""
                .formatted(callers.get("agent").subject(), now().plus(Duration.ofDays(1)))), "X's mandate");
        return Map.of("id", granted.json().get("id").asString());
    }

    private Map<String, String> xPendingMandate() {
        Api.Reply filed = ok(send("agent", "POST", "/api/identity/agent/mandates", """
                {"principalIdNumber":"%s","items":["MZ-002"],"validUntil":"%s","consent":"app_confirmation"}"""
                .formatted(x("idNumber"), now().plus(Duration.ofDays(1))), null,
                Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString())), "a mandate awaiting X's confirmation");
        return Map.of("id", filed.json().get("id").asString());
    }

    // --- cases ----------------------------------------------------------------------------------

    /** A draft of SCJG-001 (individual business registration) the agent files for A at the county. */
    private Map<String, String> draftCase() {
        Api.Reply filed = ok(send("agent", "POST", "/api/intake/cases", """
                {"itemCode":"SCJG-001","division":"%s","principalSubject":"%s","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-E2E"}]}"""
                        .formatted(COUNTY, callers.get("citizen-a").subject()), null,
                Map.of("Idempotency-Key", "authz-" + UUID.randomUUID())), "the agent's draft for A");
        return Map.of("id", filed.json().get("id").asString());
    }

    /** Submitted with every material, ready for the window. */
    private Map<String, String> submittedCase() {
        String id = draftCase().get("id");
        for (String material : List.of("application-form", "premises-proof", "photo")) {
            ok(upload("agent", "/api/intake/cases/" + id + "/materials/" + material,
                    material + ".pdf"), "uploading " + material);
        }
        expectState(gateway("agent", "POST", "/api/intake/cases/" + id + "/submit", null), "SUBMITTED");
        return Map.of("id", id);
    }

    private Map<String, String> acceptedCase() {
        String id = submittedCase().get("id");
        expectState(gateway("clerk", "POST", "/api/intake/cases/" + id + "/accept", "{}"), "ACCEPTED");
        return Map.of("id", id);
    }

    /** Accepted, with the certificate's data entered (nothing is issued before the approval). */
    private Map<String, String> certificateDataCase() {
        String id = acceptedCase().get("id");
        ok(gateway("clerk", "PUT", "/api/intake/cases/" + id + "/certificate/data", """
                {"fields":{"name":"同心县清真牛肉面馆","form":"个人经营","premises":"同心县豫海镇长征路 8 号","businessScope":"餐饮服务"}}"""),
                "certificate data");
        return Map.of("id", id);
    }

    /** Approved by the whole chain (no certificate data, so nothing lands in A's wallet). */
    private Map<String, String> approvedCase() {
        String id = acceptedCase().get("id");
        for (String staff : List.of("clerk", "reviewer", "approver")) {
            ok(gateway(staff, "POST", "/api/intake/cases/" + id + "/opinions",
                    "{\"verdict\":\"APPROVE\",\"reasons\":\"同意\"}"), staff + "'s opinion");
        }
        expectState(gateway("citizen-a", "GET", "/api/intake/cases/" + id, null), "APPROVED");
        return Map.of("id", id);
    }

    /** Approved and rated poorly by A, which opens a follow-up for the department. */
    private Map<String, String> ratedCase() {
        String id = approvedCase().get("id");
        ok(gateway("citizen-a", "POST", "/api/intake/cases/" + id + "/rating", "{\"score\":1,\"comment\":\"办理太慢\"}"),
                "A's rating");
        return Map.of("id", id);
    }

    /** SCJG-005 (a lost licence replaced at the window, an immediate item) filed by A and submitted. */
    private Map<String, String> immediateCase() {
        Api.Reply filed = ok(send("citizen-a", "POST", "/api/intake/cases", """
                {"itemCode":"SCJG-005","division":"%s","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-E2E"}]}""".formatted(COUNTY),
                null, Map.of("Idempotency-Key", "authz-" + UUID.randomUUID())), "A's immediate case");
        String id = filed.json().get("id").asString();
        ok(upload("citizen-a", "/api/intake/cases/" + id + "/materials/loss-statement",
                    "loss-statement.pdf"), "uploading the loss statement");
        expectState(gateway("citizen-a", "POST", "/api/intake/cases/" + id + "/submit", null), "SUBMITTED");
        return Map.of("id", id);
    }

    /** SCJG-006 filed by A and accepted: copied to market regulation, fire rescue and ecology. */
    private Map<String, String> jointCase() {
        Api.Reply filed = ok(send("citizen-a", "POST", "/api/intake/cases", """
                {"itemCode":"SCJG-006","division":"%s","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-E2E"}]}""".formatted(COUNTY),
                null, Map.of("Idempotency-Key", "authz-" + UUID.randomUUID())), "A's joint case");
        String id = filed.json().get("id").asString();
        for (String material : List.of("application-form", "premises-layout", "fire-commitment", "fume-equipment")) {
            ok(upload("citizen-a", "/api/intake/cases/" + id + "/materials/" + material,
                    material + ".pdf"), "uploading " + material);
        }
        expectState(gateway("citizen-a", "POST", "/api/intake/cases/" + id + "/submit", null), "SUBMITTED");
        Api.Reply accepted = ok(gateway("clerk", "POST", "/api/intake/cases/" + id + "/accept", "{}"), "accepting");
        if (!accepted.body().contains("county-fire-rescue")) {
            throw new IllegalStateException("the joint case has no task for fire rescue: " + accepted.body());
        }
        return Map.of("id", id);
    }

    private Map<String, String> complaint() {
        Api.Reply filed = ok(send("citizen-a", "POST", "/api/intake/complaints", "{\"caseId\":\"" + shared("case")
                        + "\",\"text\":\"办理太慢（授权矩阵测试）\"}", null,
                Map.of("Idempotency-Key", "authz-" + UUID.randomUUID())), "A's complaint");
        return Map.of("id", filed.json().get("id").asString());
    }

    /** A's petition (信访) to county market regulation, received and not yet accepted. */
    private Map<String, String> petitionOfA() {
        Api.Reply filed = ok(send("citizen-a", "POST", "/api/intake/petitions", "{\"department\":\"county-market-regulation\","
                        + "\"division\":\"640324000000\",\"text\":\"反映窗口服务问题（授权矩阵测试）\"}", null,
                Map.of("Idempotency-Key", "authz-" + UUID.randomUUID())), "A's petition");
        return Map.of("id", filed.json().get("id").asString());
    }

    /** A complaint the hotline operator recorded from a call, routed to county market regulation (issue 19). */
    private Map<String, String> hotlineTicket() {
        Api.Reply recorded = ok(send("hotline", "POST", "/api/intake/hotline/calls", "{\"phone\":\"13909530099\","
                        + "\"kind\":\"COMPLAINT\",\"division\":\"640324000000\",\"department\":\"county-market-regulation\","
                        + "\"text\":\"来电投诉窗口服务问题（授权矩阵测试）\"}", null,
                Map.of("Idempotency-Key", "authz-" + UUID.randomUUID())), "the hotline's ticket");
        return Map.of("id", recorded.json().get("id").asString());
    }

    // --- certificates ---------------------------------------------------------------------------

    /**
     * A's individual business licence, issued the way intake issues it (its service account at the
     * registry's internal endpoint). Its case number is fixed, so every run gets the same
     * certificate back (200) instead of filling A's wallet.
     */
    private Map<String, String> certificateOfA() {
        String body = issueBody("AUTHZ-MATRIX-A-1", callers.get("citizen-a").subject(), "马文清", A_ID_NUMBER);
        Api.Reply issued = ok(direct("certificates", "service", "POST", "/api/certificates/internal/certificates", body),
                "issuing A's certificate");
        return Map.of("id", issued.json().get("number").asString(), "qr", issued.json().get("qr").asString(),
                "issueBody", body);
    }

    /** X's own certificate for the status rows, new every run (a run revokes it). */
    private Map<String, String> certificateOfX() {
        String body = issueBody("AUTHZ-MATRIX-X-" + UUID.randomUUID(), x("subject"), x("name"), x("idNumber"));
        Api.Reply issued = ok(direct("certificates", "service", "POST", "/api/certificates/internal/certificates", body),
                "issuing X's certificate");
        return Map.of("id", issued.json().get("number").asString());
    }

    private static String issueBody(String caseNumber, String holder, String name, String idNumber) {
        return """
                {"caseNumber":"%s","typeCode":"individual-business-licence",
                 "holder":{"subject":"%s","kind":"person","displayName":"%s","idHash":"%s"},
                 "issuingDepartment":"%s","issuingDivision":"%s",
                 "fields":{"name":"同心县授权测试面馆","operator":"%s","form":"个人经营","premises":"同心县豫海镇长征路 9 号",
                           "businessScope":"餐饮服务"},
                 "validFrom":"2026-01-05"}""".formatted(caseNumber, holder, name, sha256(idNumber), DEPARTMENT, COUNTY,
                name).replace("\n", "");
    }

    /** A's certificate, shared today with county market regulation. */
    private Map<String, String> sharedCertificate() {
        String number = shared("certificate");
        share(number);
        return Map.of("id", number);
    }

    private Map<String, String> share() {
        return Map.of("id", share(shared("certificate")));
    }

    private String share(String number) {
        Api.Reply granted = ok(gateway("citizen-a", "POST", "/api/certificates/wallet/" + number + "/shares", """
                {"department":"%s","purpose":"授权矩阵测试","from":"%s","until":"%s"}"""
                .formatted(DEPARTMENT, today(), today().plusDays(1))), "A's share");
        return granted.json().get("id").asString();
    }

    private Map<String, String> certificateImport() {
        Api.Reply started = ok(send("clerk", "POST", "/api/certificates/imports", """
                legacyNumber,typeCode,holderKind,holderSubject,holderName,holderIdHash,holderCreditCode,issuingDepartment,issuingDivision,validFrom,validUntil
                LEGACY-AUTHZ-1,no-such-type,person,nobody,无名,,,county-market-regulation,640324000000,2020-01-01,
                """, "text/csv", Map.of()), "the clerk's certificate import");
        return Map.of("id", started.json().get("id").asString());
    }

    // --- credit ---------------------------------------------------------------------------------

    private Map<String, String> creditImport() {
        Api.Reply started = ok(send("reviewer", "POST", "/api/credit/imports?kind=ENTRIES", """
                subjectKind,idNumber,creditCode,name,list,listType,issuingDepartment,legalBasis,reason,documentNumber,start,end
                NATURAL_PERSON,not-a-number,,无名,RED,OUTSTANDING_VOLUNTEER,county-market-regulation,依据,授权矩阵测试,AUTHZ-IMPORT-1,2026-01-05,
                """, "text/csv", Map.of()), "the reviewer's credit import");
        return Map.of("id", started.json().get("id").asString());
    }

    /** County market regulation puts X on a red list, from today. */
    private Map<String, String> entry() {
        Api.Reply listed = ok(gateway("reviewer", "POST", "/api/credit/entries", """
                {"subject":{"kind":"NATURAL_PERSON","idNumber":"%s","name":"%s"},"list":"RED",
                 "listType":"OUTSTANDING_VOLUNTEER","issuingDepartment":"%s","legalBasis":"《同心县守信激励办法》",
                 "reason":"授权矩阵测试","documentNumber":"同市监信〔%d〕AUTHZ-%s号","start":"%s"}"""
                .formatted(x("idNumber"), x("name"), DEPARTMENT, today().getYear(), UUID.randomUUID(), today())),
                "X's credit entry");
        return Map.of("id", listed.json().get("entryId").asString());
    }

    /** X objects to an entry of their own (a new one, so that no objection is open on it yet). */
    private Map<String, String> petition() {
        String entry = entry().get("id");
        Api.Reply filed = ok(send("x", "POST", "/api/credit/petitions", "{\"kind\":\"OBJECTION\",\"entryId\":\"" + entry
                        + "\",\"statement\":\"我从未参加该项评选\"}", null,
                Map.of("Idempotency-Key", "authz-" + UUID.randomUUID())), "X's objection");
        return Map.of("id", filed.json().get("petitionId").asString());
    }

    private Map<String, String> creditCheck() {
        Api.Reply checked = ok(direct("credit", "service", "POST", "/api/credit/internal/checks", """
                {"subject":"%s","itemCode":"SCJG-001","caseId":"%s","stage":"ACCEPTANCE"}"""
                .formatted(callers.get("citizen-a").subject(), shared("case"))), "a credit check");
        return Map.of("id", checked.json().get("checkId").asString());
    }

    // --- notifications --------------------------------------------------------------------------

    /**
     * A's newest message telling her the agent filed for her (a county case, so the message
     * carries the county's division). It arrives through the event stream: looked for until it is there.
     */
    private Map<String, String> inboxMessage() {
        shared("case");
        Instant deadline = Instant.now().plus(ARRIVAL);
        while (true) {
            JsonNode messages = ok(gateway("citizen-a", "GET", "/api/notifications/inbox", null), "A's inbox")
                    .json().get("messages");
            for (JsonNode m : messages) {
                if (m.get("templateCode").asString().equals("agent-filed")) {
                    String id = m.get("id").asString();
                    JsonNode message = ok(gateway("citizen-a", "GET", "/api/notifications/messages/" + id, null),
                            "A's message").json();
                    return Map.of("id", id, "eventId", message.get("eventId").asString());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no agent-filed message reached A's inbox within " + ARRIVAL);
            }
            pause();
        }
    }

    // --- plumbing -------------------------------------------------------------------------------

    /** Between two looks at something that arrives through an event stream or a background task. */
    private static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
    }

    private Api.Reply send(String caller, String method, String path, @Nullable String body, @Nullable String contentType,
            Map<String, String> headers) {
        return exchange.send(RunningPlatform.GATEWAY, caller, method, path, callers.token(caller), body, contentType,
                headers);
    }

    private Api.Reply upload(String caller, String path, String fileName) {
        return exchange.upload(RunningPlatform.GATEWAY, caller, "PUT", path, callers.token(caller), fileName);
    }

    private Api.Reply gateway(String caller, String method, String path, @Nullable String body) {
        return exchange.send(RunningPlatform.GATEWAY, caller, method, path, callers.token(caller), body, null, Map.of());
    }

    private Api.Reply direct(String service, String caller, String method, String path, String body) {
        String base = services.get(service);
        if (base == null) {
            throw new IllegalStateException("no address for " + service + ": " + services);
        }
        return exchange.send(base, caller, method, path, callers.token(caller), body, null, Map.of());
    }

    private static Api.Reply ok(Api.Reply reply, String what) {
        if (reply.status() < 200 || reply.status() >= 300) {
            throw failed(what, reply);
        }
        return reply;
    }

    private static void expectState(Api.Reply reply, String state) {
        ok(reply, "moving the case to " + state);
        if (!state.equals(reply.json().path("state").asString(""))) {
            throw new IllegalStateException("the case is " + reply.json().path("state") + ", not " + state);
        }
    }

    private static IllegalStateException failed(String what, Api.Reply reply) {
        return new IllegalStateException("fixture: " + what + " answered " + reply.status() + " " + reply.body());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first 17 characters with their ISO 7064 MOD 11-2 check character (GB 11643). */
    static String residentIdNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
