package cn.gov.platform.identity.staff.infrastructure;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.staff.domain.DepartmentCode;
import cn.gov.platform.identity.staff.domain.StaffPosition;
import cn.gov.platform.identity.staff.domain.StaffPositions;
import cn.gov.platform.identity.staff.domain.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Staff positions in the {@code staff_positions} collection. */
public class MongoStaffPositions implements StaffPositions {

    private final MongoTemplate mongo;

    public MongoStaffPositions(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Stored.class).createIndex(new Index().on("staff", Sort.Direction.ASC));
    }

    @Override
    public void add(StaffPosition p) {
        mongo.insert(new Stored(p.id(), p.staff(), p.department().value(), p.division().value(),
                p.roles().stream().map(Enum::name).collect(Collectors.toSet()), p.since()));
    }

    @Override
    public void remove(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), Stored.class);
    }

    @Override
    public Optional<StaffPosition> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Stored.class)).map(Stored::toPosition);
    }

    @Override
    public List<StaffPosition> heldBy(String staff) {
        return mongo.find(Query.query(Criteria.where("staff").is(staff)), Stored.class).stream()
                .map(Stored::toPosition).toList();
    }

    @Override
    public List<StaffPosition> all() {
        return mongo.findAll(Stored.class).stream().map(Stored::toPosition).toList();
    }

    @Document("staff_positions")
    record Stored(@Id String id, String staff, String department, String division, Set<String> roles, Instant since) {
        StaffPosition toPosition() {
            return new StaffPosition(id, staff, new DepartmentCode(department), new DivisionCode(division),
                    roles.stream().map(StaffRole::valueOf).collect(Collectors.toSet()), since);
        }
    }
}
