package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;

/**
 * The platform's local store, opened directly for the one thing a browser journey cannot do on a
 * real clock: let a joint department's working-day limit run out. Nothing else in the journeys
 * writes here.
 */
final class LocalStore {

    private LocalStore() {
    }

    /**
     * Moves the open task of {@code department} in case {@code caseId} to fall due on {@code dueOn},
     * exactly as intake would have stored it had the task been opened that long ago: the task's
     * {@code dueOn}, and the case's {@code deemedDue} (the earliest due date of an open task, the
     * field the deemed-consent sweep's query reads; intake recomputes it on every save). Only that
     * case changes, through a compare-and-set on its version, which it also raises: a save intake
     * had in flight from the old version then loses its race instead of writing the old date back.
     */
    static void taskFallsDueOn(String caseId, String department, LocalDate dueOn) {
        try (MongoClient client = MongoClients.create(RunningPlatform.STORE)) {
            MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
            Document stored = cases.find(Filters.eq("_id", caseId)).first();
            assertThat(stored).as("case %s in the store at %s", caseId, RunningPlatform.STORE).isNotNull();
            List<Document> tasks = stored.getList("tasks", Document.class);
            Document task = tasks.stream().filter(t -> department.equals(t.getString("department"))).findFirst()
                    .orElseThrow(() -> new AssertionError("case " + caseId + " has no task of " + department + ": " + tasks));
            assertThat(task.getString("state")).as("the task of %s is still open", department).isEqualTo("OPEN");
            task.put("dueOn", dueOn.toString());
            String deemedDue = tasks.stream().filter(t -> "OPEN".equals(t.getString("state"))).map(t -> t.getString("dueOn"))
                    .min(Comparator.naturalOrder()).orElseThrow();
            long changed = cases.updateOne(Filters.and(Filters.eq("_id", caseId), Filters.eq("version", stored.get("version"))),
                    Updates.combine(Updates.set("tasks", tasks), Updates.set("deemedDue", deemedDue), Updates.inc("version", 1L)))
                    .getModifiedCount();
            assertThat(changed).as("case %s changed in the store (not meanwhile by intake)", caseId).isEqualTo(1);
        }
    }
}
