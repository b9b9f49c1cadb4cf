package cn.gov.platform.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SmokeTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void smoke(Engine engine) {
        try (Store store = new Store(engine.indexed())) {
            var cases = store.collection("cases");
            cases.createIndex(Indexes.ascending("division", "department"), new IndexOptions().name("handled_by"));
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                docs.add(new Document("_id", "c" + i).append("division", "d" + (i % 10)).append("department", "p" + (i % 7))
                        .append("n", i));
            }
            cases.insertMany(docs);
            long examined = store.examinedBy("cases", () -> {
                List<Document> found = cases.find(Filters.and(Filters.eq("division", "d3"), Filters.eq("department", "p2")))
                        .into(new ArrayList<>());
                assertThat(found).allSatisfy(d -> assertThat(d.getString("division")).isEqualTo("d3"));
                System.out.println(engine + " found " + found.size());
            });
            System.out.println(engine + " examined " + examined + " " + store.statistics("cases"));
            Document hello = store.database().runCommand(new Document("isMaster", 1));
            System.out.println(hello.toJson());
        }
    }
}
