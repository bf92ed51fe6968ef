package kr.nanumteo.rules.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the events say of each pack: awaiting approval, in service, superseded or withdrawn. For each pack id
 * the version in service is the one published last and not withdrawn since.
 */
final class PublicationState {

    enum Status { AWAITING_APPROVAL, IN_SERVICE, RETIRED, WITHDRAWN }

    /** One pack (id and version) with its last event, its submission and its publication, if any. */
    record Entry(String id, String version, Status status, PackStore.Event last, PackStore.Event submitted, PackStore.Event published,
            PackStore.Event withdrawn) {
    }

    private final Map<String, Entry> entries;

    private PublicationState(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static PublicationState of(List<PackStore.Event> events) {
        Map<String, List<PackStore.Event>> byPack = new LinkedHashMap<>();
        for (PackStore.Event e : events) {
            byPack.computeIfAbsent(key(e.id(), e.version()), k -> new ArrayList<>()).add(e);
        }
        // Per id, the publication that serves: the newest PUBLISHED whose pack was not withdrawn after it.
        Map<String, PackStore.Event> serving = new LinkedHashMap<>();
        Map<String, PackStore.Event> lastOf = new LinkedHashMap<>();
        byPack.forEach((k, list) -> lastOf.put(k, list.get(list.size() - 1)));
        lastOf.values().stream().filter(e -> e.kind() == PackStore.Kind.PUBLISHED)
                .sorted(Comparator.comparingLong(PackStore.Event::seq))
                .forEach(e -> serving.put(e.id(), e));
        Map<String, Entry> entries = new LinkedHashMap<>();
        byPack.forEach((k, list) -> {
            PackStore.Event last = lastOf.get(k);
            PackStore.Event submitted = newest(list, PackStore.Kind.SUBMITTED);
            PackStore.Event published = newest(list, PackStore.Kind.PUBLISHED);
            PackStore.Event withdrawn = newest(list, PackStore.Kind.WITHDRAWN);
            Status status = switch (last.kind()) {
                case SUBMITTED -> Status.AWAITING_APPROVAL;
                case WITHDRAWN -> Status.WITHDRAWN;
                case PUBLISHED -> serving.get(last.id()) == last ? Status.IN_SERVICE : Status.RETIRED;
            };
            entries.put(k, new Entry(last.id(), last.version(), status, last, submitted, published, withdrawn));
        });
        return new PublicationState(entries);
    }

    /** The PUBLISHED events of the packs in service, one per id, oldest publication first. */
    List<PackStore.Event> serving() {
        return entries.values().stream().filter(e -> e.status() == Status.IN_SERVICE).map(Entry::last)
                .sorted(Comparator.comparingLong(PackStore.Event::seq)).toList();
    }

    Optional<Entry> entry(String id, String version) {
        return Optional.ofNullable(entries.get(key(id, version)));
    }

    List<Entry> all() {
        return List.copyOf(entries.values());
    }

    private static PackStore.Event newest(List<PackStore.Event> events, PackStore.Kind kind) {
        PackStore.Event found = null;
        for (PackStore.Event e : events) {
            if (e.kind() == kind) {
                found = e;
            }
        }
        return found;
    }

    private static String key(String id, String version) {
        return id + "\u0000" + version;
    }
}
