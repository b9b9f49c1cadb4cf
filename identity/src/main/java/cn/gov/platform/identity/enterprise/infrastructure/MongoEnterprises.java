package cn.gov.platform.identity.enterprise.infrastructure;

import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.enterprise.domain.Enterprises;
import cn.gov.platform.identity.enterprise.domain.MemberRole;
import cn.gov.platform.identity.enterprise.domain.Membership;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Enterprises in the {@code enterprises} collection, keyed by credit code, members embedded. */
public class MongoEnterprises implements Enterprises {

    private final MongoTemplate mongo;

    public MongoEnterprises(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(Enterprise enterprise) {
        try {
            mongo.insert(toStored(enterprise));
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("CREDIT_CODE_REGISTERED", Message.of(
                    "该统一社会信用代码已登记。", "An enterprise with this credit code is already registered."));
        }
    }

    @Override
    public void update(Enterprise enterprise) {
        mongo.save(toStored(enterprise));
    }

    @Override
    public Optional<Enterprise> byCreditCode(UnifiedSocialCreditCode code) {
        return Optional.ofNullable(mongo.findById(code.value(), Stored.class)).map(Stored::toEnterprise);
    }

    @Override
    public List<Enterprise> actedForBy(String subject) {
        Criteria criteria = new Criteria().orOperator(Criteria.where("legalRepresentative").is(subject),
                Criteria.where("members.subject").is(subject));
        return mongo.find(new Query(criteria), Stored.class).stream().map(Stored::toEnterprise)
                .filter(e -> e.visibleTo(subject)).toList();
    }

    private static Stored toStored(Enterprise e) {
        return new Stored(e.creditCode().value(), e.name(), e.legalRepresentative(), e.members().stream()
                .map(m -> new StoredMember(m.subject(), m.role().name(), m.since(), m.revokedAt())).toList(),
                e.registeredAt());
    }

    @Document("enterprises")
    record Stored(@Id String creditCode, String name, String legalRepresentative, List<StoredMember> members,
            Instant registeredAt) {
        Enterprise toEnterprise() {
            return new Enterprise(new UnifiedSocialCreditCode(creditCode), name, legalRepresentative,
                    members == null ? List.of() : members.stream().map(m -> new Membership(m.subject(),
                            MemberRole.stored(m.role()), m.since(), m.revokedAt())).toList(), registeredAt);
        }
    }

    record StoredMember(String subject, String role, Instant since, @Nullable Instant revokedAt) {
    }
}
