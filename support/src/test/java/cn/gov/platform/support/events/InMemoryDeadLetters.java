package cn.gov.platform.support.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Dead letters kept in memory, for the tests. */
final class InMemoryDeadLetters implements DeadLetters {

    private final Map<String, DeadLetter> letters = new ConcurrentHashMap<>();

    @Override
    public void add(DeadLetter letter) {
        letters.putIfAbsent(letter.id(), letter);
    }

    @Override
    public List<DeadLetter> newestFirst(int limit) {
        return letters.values().stream().sorted(Comparator.comparing(DeadLetter::deadAt).reversed()).limit(limit)
                .toList();
    }

    @Override
    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(letters.get(id));
    }

    @Override
    public void replace(DeadLetter letter) {
        letters.put(letter.id(), letter);
    }

    List<DeadLetter> all() {
        return List.copyOf(letters.values());
    }
}
