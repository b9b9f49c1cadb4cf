package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.Message;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a case's history (INT-9): from which state to which, who, in what capacity,
 * when, and the enterprise the person acted for (issue 18; null for oneself and for staff).
 * {@code from} is null for the drafting of the case.
 *
 * <p>A note is either a person's words (a refusal's reasons, a supplement request, an opinion), in the one
 * language they wrote and shown as written, or words the platform wrote (a material check, a joint task
 * closed, a handover, a recomputation), which it writes in Chinese and English ({@link HistoryNotes}), a
 * person's words inside them as typed. {@code note} keeps the meaning every earlier release gave it, the
 * person's words or the Chinese, so that clients and stored documents read as before; {@code noteText} is
 * added beside it for the platform's words rather than a note value replacing both, because a document
 * or reader of an earlier release then still finds its {@code note} where it was.
 *
 * @param note     a person's words as typed, or the Chinese of the platform's words; null when the step has none
 * @param noteText the platform's words in both languages; null for a person's words, and for a step written
 *                 before it existed (then {@link #text()} reads the form that release wrote, see {@link EarlierNotes})
 */
public record Transition(@Nullable CaseState from, CaseState to, String actorSubject, String actorName,
        ActorRole role, Instant at, @Nullable String note, @Nullable ActingEnterprise enterprise,
        @Nullable Message noteText) {

    public Transition(@Nullable CaseState from, CaseState to, String actorSubject, String actorName, ActorRole role,
            Instant at, @Nullable String note, @Nullable ActingEnterprise enterprise) {
        this(from, to, actorSubject, actorName, role, at, note, enterprise, null);
    }

    public Transition(@Nullable CaseState from, CaseState to, String actorSubject, String actorName, ActorRole role,
            Instant at, @Nullable String note) {
        this(from, to, actorSubject, actorName, role, at, note, null, null);
    }

    /**
     * The note in each language: the platform's words as it wrote them, a person's the same in both. A step
     * written before the platform kept both has its note read in the form that release wrote.
     */
    public @Nullable Message text() {
        if (noteText != null || note == null) {
            return noteText;
        }
        Message earlier = EarlierNotes.read(this);
        return earlier != null ? earlier : Message.of(note, note);
    }
}
