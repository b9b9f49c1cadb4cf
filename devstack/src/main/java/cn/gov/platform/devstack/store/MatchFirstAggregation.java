package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * An aggregation that starts with {@code $match} (the official driver's {@code countDocuments} is
 * one) reads only what that {@code $match} selects through the collection's query path, which
 * uses the indexes; the library would feed it the whole collection. The pipeline, its own
 * {@code $match} included, then runs unchanged on those documents, so the answer is the same.
 */
final class MatchFirstAggregation {

    private MatchFirstAggregation() {
    }

    /** The answer to an {@code aggregate} command, or null when it is not one this class takes (the library then answers). */
    static @Nullable Document answer(MongoDatabase database, Document command, DatabaseResolver resolver, Oplog oplog) {
        if (!(command.get("aggregate") instanceof String collectionName)
                || !(command.get("pipeline") instanceof List<?> stages) || stages.isEmpty()
                || !(stages.getFirst() instanceof Document first) || first.size() != 1
                || !(first.get("$match") instanceof Document match)) {
            return null;
        }
        MongoCollection<?> collection = database.resolveCollection(collectionName, false);
        if (collection == null) {
            return null;
        }
        List<Document> pipeline = Aggregation.parse(stages);
        Aggregation aggregation = Aggregation.fromPipeline(pipeline, resolver, database, matchedOnly(collection, match),
                oplog);
        aggregation.validate(command);
        List<Document> result = aggregation.computeResult();

        Document cursor = new Document();
        cursor.put("id", 0L);
        cursor.put("ns", database.getDatabaseName() + "." + collectionName);
        cursor.put("firstBatch", result);
        Document response = new Document("cursor", cursor);
        Utils.markOkay(response);
        return response;
    }

    /** The collection as the aggregation sees it: "all its documents" are those {@code match} selects. */
    private static MongoCollection<?> matchedOnly(MongoCollection<?> collection, Document match) {
        return (MongoCollection<?>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                    if (isNoArgument(method, "queryAllAsStream")) {
                        return matching(collection, match);
                    }
                    if (isNoArgument(method, "queryAll")) {
                        return (Iterable<Document>) () -> matching(collection, match).iterator();
                    }
                    try {
                        return method.invoke(collection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean isNoArgument(Method method, String name) {
        return method.getName().equals(name) && method.getParameterCount() == 0;
    }

    private static Stream<Document> matching(MongoCollection<?> collection, Document match) {
        // Wrapped in $query so that a field called "query" is not taken for the wrapper itself.
        Iterable<Document> documents = collection.handleQuery(new QueryParameters(new Document("$query", match), 0, 0));
        return StreamSupport.stream(documents.spliterator(), false);
    }
}
