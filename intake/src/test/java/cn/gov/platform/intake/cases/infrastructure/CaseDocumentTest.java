package cn.gov.platform.intake.cases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.cases.domain.CreditFeedback;
import cn.gov.platform.intake.cases.domain.CreditStatus;
import cn.gov.platform.intake.cases.domain.Delivery;
import cn.gov.platform.intake.cases.domain.JointTask;
import cn.gov.platform.intake.cases.domain.MaterialEntry;
import cn.gov.platform.intake.cases.domain.Notice;
import cn.gov.platform.intake.cases.domain.TaskState;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The stored shape of a case, which the split into parts did not change. The documents under
 * {@code resources/cases/documents} were written by the service before the split (the store's own
 * converter, the relay having published some events): a promised case filed by an agent with every
 * part in use and decided, a joint case under review, a refusal at the window, and a case stored before
 * credit checks, joint tasks and recomputations existed. They are read with the service's mapping.
 */
class CaseDocumentTest {

    private static final MappingMongoConverter CONVERTER = converter();

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of(LocalDateConverters.ToText.INSTANCE,
                LocalDateConverters.FromText.INSTANCE));
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }

    static Document stored(String name) {
        try (InputStream in = CaseDocumentTest.class.getResourceAsStream("/cases/documents/" + name + ".json")) {
            return Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaseSnapshot read(String name) {
        return CONVERTER.read(CaseDocument.class, stored(name)).toSnapshot();
    }

    @Test
    void aDecidedCaseStoredBeforeTheSplitReadsWithEveryPartAsItWas() {
        CaseSnapshot s = read("rich");

        assertThat(s.id()).isEqualTo("0b6f3c1e-8a52-4d7e-9a0c-5f1d2e3a4b51");
        assertThat(s.version()).isEqualTo(7);
        assertThat(s.item().code()).isEqualTo("SCJG-002");
        assertThat(s.filing().agentSubject()).isEqualTo("agent-1");
        assertThat(s.filing().filerSubject()).isEqualTo("agent-1");
        assertThat(s.state()).isEqualTo(CaseState.APPROVED);
        assertThat(s.lifecycle().number()).isEqualTo("640324-2026-0000041");
        assertThat(s.lifecycle().history()).hasSize(11);
        assertThat(s.materials().supplied()).extracting(MaterialEntry::code)
                .containsExactly("business-licence", "premises-layout", "safety-rules");
        assertThat(s.materials().notices()).extracting(Notice::kind).containsExactly(Notice.Kind.SUPPLEMENT);
        assertThat(s.materials().tolerated()).singleElement()
                .satisfies(t -> assertThat(t.dueBy()).isEqualTo(LocalDate.parse("2027-01-05")));
        assertThat(s.deadlines().acceptedOn()).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(s.deadlines().promisedDue()).isEqualTo(LocalDate.parse("2027-01-08"));
        assertThat(s.deadlines().pauses()).singleElement().satisfies(p -> assertThat(p.isOpen()).isFalse());
        assertThat(s.deadlines().changes()).extracting(DeadlineChange::what)
                .containsExactly("promised", "statutory", "tolerated safety-rules");
        assertThat(s.chain().steps()).containsExactly(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.REVIEWER,
                StaffRole.APPROVER);
        assertThat(s.chain().opinions()).hasSize(4);
        assertThat(s.chain().decision().approver()).isEqualTo("demo-approver");
        assertThat(s.credit().status()).isEqualTo(CreditStatus.CHECKED);
        assertThat(s.credit().record().checkId()).isEqualTo("check-rich-1");
        assertThat(s.credit().feedback()).extracting(CreditFeedback::action)
                .containsExactly("PRIORITY_GIVEN", "ADDITIONAL_REVIEW");
        assertThat(s.handling().greenChannelBasis()).isEqualTo("CREDIT:m-GREEN");
        assertThat(s.handling().responsibleOfficer()).isEqualTo("王科长");
        assertThat(s.handling().delivery().method()).isEqualTo(Delivery.Method.COURIER);
        assertThat(s.outbox()).hasSize(8);
        assertThat(s.hasPendingEvents()).as("the relay has not published the last five yet").isTrue();
    }

    @Test
    void aJointCaseUnderReviewReadsWithItsTasksAndTheSweepStillFindsIt() {
        CaseSnapshot s = read("joint");

        assertThat(s.state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(s.joint().tasks()).extracting(JointTask::department, JointTask::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("county-market-regulation", TaskState.APPROVED),
                org.assertj.core.groups.Tuple.tuple("county-fire-rescue", TaskState.OPEN),
                org.assertj.core.groups.Tuple.tuple("county-ecology-environment", TaskState.OPEN));
        assertThat(s.joint().deemedConsent()).isTrue();
        assertThat(s.deemedDue()).isEqualTo(LocalDate.parse("2026-02-13"));
        assertThat(s.credit().status()).isEqualTo(CreditStatus.PENDING);
        assertThat(Case.restore(s).awaitedRole()).isEqualTo(StaffRole.HANDLER);
    }

    @Test
    void aCaseStoredBeforeCreditChecksJointTasksAndRecomputationsReadsWithTheirDefaults() {
        Document old = stored("before-issue-6");
        assertThat(old).doesNotContainKeys("tasks", "creditCheck", "creditFeedback", "deadlineChanges", "deemedConsent",
                "greenChannel", "delivery");

        CaseSnapshot s = read("before-issue-6");

        assertThat(s.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(s.joint().tasks()).isEmpty();
        assertThat(s.joint().deemedConsent()).isFalse();
        assertThat(s.credit().status()).isEqualTo(CreditStatus.NOT_CHECKED);
        assertThat(s.credit().feedback()).isEmpty();
        assertThat(s.handling().greenChannel()).isFalse();
        assertThat(s.handling().delivery()).isNull();
        assertThat(s.deadlines().changes()).isEmpty();
        assertThat(s.materials().missing()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich", "joint", "refused"})
    void aCaseReadAndWrittenAgainHasExactlyTheFieldsAndValuesItWasStoredWith(String name) {
        Document before = stored(name);
        CaseSnapshot s = CONVERTER.read(CaseDocument.class, before).toSnapshot();

        Document after = new Document();
        CONVERTER.write(CaseDocument.of(s), after);

        before.remove("_class");
        after.remove("_class");
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before.keySet().forEach(key -> assertThat(after.get(key)).as(key).isEqualTo(before.get(key)));
    }

    @Test
    void theFieldsTheIndexesFindWorkByAreDerivedFromThePartsWhenWritten() {
        CaseSnapshot joint = read("joint");
        Document written = new Document();
        CONVERTER.write(CaseDocument.of(joint), written);

        assertThat(written.get("deemedDue")).isEqualTo("2026-02-13");
        assertThat(written.get("outboxPending")).isEqualTo(joint.hasPendingEvents());
        assertThat(written.get("creditFeedbackPending")).isEqualTo(false);
        assertThat(written.get("filerSubject")).isEqualTo("citizen-2");
    }
}
