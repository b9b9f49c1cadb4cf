package cn.gov.platform.intake.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.domain.EnglishGuide;
import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import cn.gov.platform.intake.catalogue.domain.WorkingDays;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Item versions read as every release stored them, with the store's own mapping: the first release's
 * ZJ-002 (department codes for joint departments, no deemed consent: what stopped the service from
 * starting with "Parameter deemedConsent must not be null"), and what this release writes.
 */
class StoredServiceItemTest {

    private static final MappingMongoConverter CONVERTER = converter();

    private static MappingMongoConverter converter() {
        MongoMappingContext context = new MongoMappingContext();
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.afterPropertiesSet();
        return converter;
    }

    private static Document firstReleaseZj002() {
        try (InputStream in = StoredServiceItemTest.class.getResourceAsStream("/upgrade/older/catalogue_items.jsonl")) {
            return Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anItemStoredByTheFirstReleaseReadsWithItsJointDepartmentsBoundByThePromisedLimitAndNoDeemedConsent() {
        Document stored = firstReleaseZj002();
        assertThat(stored.get("item", Document.class).keySet()).doesNotContain("deemedConsent");

        MongoServiceItems.ReadItem read = CONVERTER.read(MongoServiceItems.ReadItem.class, stored);
        ServiceItem item = read.item().toItem();

        assertThat(item.code().value()).isEqualTo("ZJ-002");
        assertThat(item.version()).isEqualTo(1);
        assertThat(item.itemClass()).isEqualTo(ItemClass.JOINT);
        assertThat(item.deemedConsent()).isFalse();
        assertThat(item.deemedConsentBasis()).isNull();
        assertThat(item.reportedToDepartment()).isNull();
        assertThat(item.jointDepartments()).containsExactly(
                new JointDepartment("county-natural-resources", "county-natural-resources", WorkingDays.of(12)),
                new JointDepartment("county-fire-rescue", "county-fire-rescue", WorkingDays.of(12)));
        assertThat(item.fees()).hasSize(1);
        assertThat(read.seedSha256()).as("stored before versions recorded their origin").isNull();
    }

    @Test
    void anItemStoredBeforeEnglishNamesReadsWithItsChineseNamesInTheirPlaceNeverNone() {
        Document stored = firstReleaseZj002();
        assertThat(stored.get("item", Document.class).keySet()).doesNotContain("nameEn");

        ServiceItem item = CONVERTER.read(MongoServiceItems.ReadItem.class, stored).item().toItem();

        assertThat(item.nameEn()).as("stored without one").isNull();
        assertThat(item.englishName()).isEqualTo("房屋建筑和市政基础设施工程竣工联合验收");
        assertThat(item.materials()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.nameEn()).isNull();
            assertThat(m.englishName()).isEqualTo(m.name());
        });
        assertThat(item.implementations()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.departmentEnglishName()).isEqualTo(i.departmentName());
            assertThat(i.divisionEnglishName()).isEqualTo(i.divisionName());
        });
        assertThat(item.jointDepartments()).isNotEmpty()
                .allSatisfy(j -> assertThat(j.departmentEnglishName()).isEqualTo(j.departmentName()));
    }

    @Test
    void anItemStoredBeforeEnglishGuideTextsReadsWithTheChineseInTheEnglishPlacesAndItsFeeNamesApart() {
        Document stored = firstReleaseZj002();
        Document fee = stored.get("item", Document.class).getList("fees", Document.class).getFirst();
        assertThat(fee.getString("name")).as("the one-string form").isEqualTo("不收费 | free of charge");

        ServiceItem item = CONVERTER.read(MongoServiceItems.ReadItem.class, stored).item().toItem();

        assertThat(item.english()).isEqualTo(EnglishGuide.NONE);
        assertThat(item.englishConditions()).isNotNull().isEqualTo(item.conditions());
        assertThat(item.englishProcedure()).isNotEmpty().isEqualTo(item.procedure());
        assertThat(item.englishLegalBasis()).isNotEmpty().isEqualTo(item.legalBasis());
        assertThat(item.englishLifeEvents()).isNotNull().isEqualTo(item.lifeEvents());
        assertThat(item.englishKeywords()).isNotNull().isEqualTo(item.keywords());
        assertThat(item.englishResult()).isEqualTo(item.result());
        assertThat(item.englishSupervision()).isEqualTo(item.supervision());
        assertThat(item.englishDeemedConsentBasis()).isNull();
        assertThat(item.implementations()).allSatisfy(i -> assertThat(i.englishAddress()).isEqualTo(i.address()));
        assertThat(item.fees()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("不收费");
            assertThat(f.englishName()).isEqualTo("free of charge");
            assertThat(f.englishLegalBasis()).isEqualTo(f.legalBasis());
        });
    }

    @Test
    void anItemWithEnglishGuideTextsReadsThemBackAndIsFoundByItsEnglishKeywords() {
        EnglishGuide english = new EnglishGuide(List.of("Starting a business"), List.of("food", "licence"),
                List.of("Food Safety Law"), List.of("Suitable premises"), List.of("Apply", "Decision"),
                "Food business licence", "Hotline 12345", null);
        Implementation market = new Implementation(Fixtures.MARKET_REGULATION.division(), "同心县", "county-market-regulation",
                "同心县市场监督管理局", "政务服务中心", "0953-8021301", false, "Tongxin County",
                "Tongxin County Administration for Market Regulation", "Government Service Centre");
        ServiceItem item = ServiceItem.builder(Fixtures.foodPermit().code(), "食品经营许可", ItemClass.PROMISED)
                .version(5)
                .lifeEvents(List.of("开办企业"))
                .keywords(List.of("食品", "许可证"))
                .legalBasis(List.of("《食品安全法》"))
                .conditions(List.of("有相适应的场所"))
                .materials(List.of(new RequiredMaterial("premises-proof", "经营场所证明", true, null, "不动产登记信息", null,
                        null, null, null, "Proof of premises", null, "Real estate registration records")))
                .procedure(List.of("申请", "决定"))
                .limits(TimeLimits.of(20, 10))
                .result("食品经营许可证")
                .fees(List.of(new Fee("FEE-NONE", "不收费", java.math.BigDecimal.ZERO, "《行政许可法》第五十八条",
                        "Free of charge", "Administrative Licensing Law, Article 58")))
                .implementations(List.of(market))
                .decisionChain(List.of(StaffRole.HANDLER, StaffRole.APPROVER))
                .supervision("12345")
                .nameEn("Food business licence")
                .english(english)
                .build();
        Document written = new Document();
        CONVERTER.write(MongoServiceItems.StoredItem.of(item, null), written);

        ServiceItem read = CONVERTER.read(MongoServiceItems.ReadItem.class, written).item().toItem();

        assertThat(read).isEqualTo(item);
        assertThat(read.englishConditions()).containsExactly("Suitable premises");
        assertThat(read.englishResult()).isEqualTo("Food business licence");
        assertThat(read.implementations().getFirst().englishAddress()).isEqualTo("Government Service Centre");
        assertThat(read.materials().getFirst().departmentRecordEnglish()).isEqualTo("Real estate registration records");
        assertThat(read.fees().getFirst().englishName()).isEqualTo("Free of charge");
        assertThat(written.getString("searchText")).contains("licence", "Starting a business", "许可证");
    }

    @Test
    void aJointDepartmentStoredWithANameButNoEnglishNameReadsWithItsChineseName() {
        Document stored = firstReleaseZj002();
        Document item = stored.get("item", Document.class);
        item.put("jointDepartments", List.of(new Document("department", "county-fire-rescue")
                .append("departmentName", "同心县消防救援大队").append("limit", new Document("value", 8))));

        ServiceItem read = CONVERTER.read(MongoServiceItems.ReadItem.class, stored).item().toItem();

        assertThat(read.jointDepartments()).containsExactly(
                new JointDepartment("county-fire-rescue", "同心县消防救援大队", WorkingDays.of(8)));
        assertThat(read.jointDepartments().getFirst().departmentEnglishName()).isEqualTo("同心县消防救援大队");
    }

    @Test
    void aVersionWithoutEnglishNamesIsWrittenWithoutThemNotWithTheChineseCopiedIn() {
        Document written = new Document();
        CONVERTER.write(MongoServiceItems.StoredItem.of(Fixtures.foodPermit(), null), written);

        Document item = written.get("item", Document.class);
        assertThat(item).doesNotContainKey("nameEn");
        assertThat(item.getList("materials", Document.class)).allSatisfy(m -> assertThat(m).doesNotContainKey("nameEn"));
        assertThat(item.getList("implementations", Document.class))
                .allSatisfy(i -> assertThat(i).doesNotContainKeys("departmentNameEn", "divisionNameEn"));
    }

    @Test
    void anItemWithEnglishNamesReadsThemBack() {
        Implementation market = new Implementation(Fixtures.MARKET_REGULATION.division(), "同心县", "county-market-regulation",
                "同心县市场监督管理局", "政务服务中心", "0953-8021301", false, "Tongxin County",
                "Tongxin County Administration for Market Regulation");
        ServiceItem named = ServiceItem.builder(Fixtures.foodPermit().code(), "联合验收", ItemClass.JOINT)
                .version(4)
                .legalBasis(List.of("依据"))
                .materials(List.of(new RequiredMaterial("business-licence", "营业执照", true, null, null, null, null,
                        null, null, "Business licence", null)))
                .limits(TimeLimits.of(20, 12))
                .result("验收意见")
                .fees(List.of(Fixtures.free()))
                .implementations(List.of(market))
                .decisionChain(List.of(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.APPROVER))
                .jointDepartments(List.of(new JointDepartment("county-fire-rescue", "同心县消防救援大队", WorkingDays.of(8),
                        "Tongxin County Fire and Rescue Brigade")))
                .supervision("12345")
                .nameEn("Joint completion acceptance")
                .build();
        Document written = new Document();
        CONVERTER.write(MongoServiceItems.StoredItem.of(named, null), written);

        ServiceItem read = CONVERTER.read(MongoServiceItems.ReadItem.class, written).item().toItem();

        assertThat(read).isEqualTo(named);
        assertThat(read.englishName()).isEqualTo("Joint completion acceptance");
        assertThat(read.materials().getFirst().englishName()).isEqualTo("Business licence");
        assertThat(read.implementations().getFirst().departmentEnglishName())
                .isEqualTo("Tongxin County Administration for Market Regulation");
        assertThat(read.implementations().getFirst().divisionEnglishName()).isEqualTo("Tongxin County");
        assertThat(read.jointDepartments().getFirst().departmentEnglishName())
                .isEqualTo("Tongxin County Fire and Rescue Brigade");
        assertThat(written.getString("searchText")).contains("Joint completion acceptance",
                "Tongxin County Administration for Market Regulation");
    }

    @Test
    void anItemAsThisReleaseWritesItReadsBackEqualWithItsSeedHash() {
        ServiceItem joint = ServiceItem.builder(Fixtures.foodPermit().code(), "联合验收", ItemClass.JOINT)
                .version(3)
                .legalBasis(List.of("依据"))
                .limits(TimeLimits.of(20, 12))
                .result("验收意见")
                .fees(List.of(Fixtures.free()))
                .implementations(List.of(Fixtures.MARKET_REGULATION))
                .decisionChain(List.of(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.APPROVER))
                .jointDepartments(List.of(new JointDepartment("county-fire-rescue", "同心县消防救援大队", WorkingDays.of(8))))
                .supervision("12345")
                .deemedConsent(true, "超时默认规则")
                .build();
        Document written = new Document();
        CONVERTER.write(MongoServiceItems.StoredItem.of(joint, "c".repeat(64)), written);

        MongoServiceItems.ReadItem read = CONVERTER.read(MongoServiceItems.ReadItem.class, written);

        assertThat(read.item().toItem()).isEqualTo(joint);
        assertThat(read.seedSha256()).isEqualTo("c".repeat(64));
    }
}
