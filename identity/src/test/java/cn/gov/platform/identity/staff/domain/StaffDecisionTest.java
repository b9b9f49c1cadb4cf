package cn.gov.platform.identity.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.division.domain.Division;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.division.domain.DivisionTree;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffDecisionTest {

    private static final DivisionCode COUNTY = new DivisionCode("640324000000");
    private static final DivisionCode YUHAI = new DivisionCode("640324100000");
    private static final DivisionCode HEXI = new DivisionCode("640324101000");
    private static final DivisionCode YUHAI_VILLAGE = new DivisionCode("640324100201");
    private static final DivisionCode HEXI_VILLAGE = new DivisionCode("640324101201");
    private static final DivisionTree TREE = DivisionTree.of(List.of(
            new Division(COUNTY, "同心县", null, false), new Division(YUHAI, "豫海镇", COUNTY, true),
            new Division(HEXI, "河西镇", COUNTY, true), new Division(YUHAI_VILLAGE, "团庄村", YUHAI, true),
            new Division(HEXI_VILLAGE, "上河湾村", HEXI, true)));
    private static final DepartmentCode MARKET = new DepartmentCode("county-market-regulation");
    private static final DepartmentCode YUHAI_CENTRE = new DepartmentCode("yuhai-town-service-center");

    private static StaffPosition at(DepartmentCode department, DivisionCode division, StaffRole... roles) {
        return new StaffPosition("p", "s", department, division, EnumSet.copyOf(List.of(roles)), Instant.EPOCH);
    }

    private static StaffDecision decide(StaffPosition position, StaffRole role, DepartmentCode dept, DivisionCode division) {
        return StaffDecision.decide(List.of(position), new StaffRequest("s", role, dept, division), TREE);
    }

    @Test
    void aCountyDepartmentCoversTheWholeCountySubtree() {
        StaffPosition clerk = at(MARKET, COUNTY, StaffRole.CLERK);

        assertThat(decide(clerk, StaffRole.CLERK, MARKET, HEXI_VILLAGE).allowed()).isTrue();
        assertThat(decide(clerk, StaffRole.CLERK, MARKET, COUNTY).allowed()).isTrue();
    }

    @Test
    void aTownshipClerkIsRefusedForACaseOfAnotherTownship() {
        StaffPosition clerk = at(YUHAI_CENTRE, YUHAI, StaffRole.CLERK);

        assertThat(decide(clerk, StaffRole.CLERK, YUHAI_CENTRE, YUHAI_VILLAGE).allowed()).isTrue();
        assertThat(decide(clerk, StaffRole.CLERK, YUHAI_CENTRE, HEXI_VILLAGE))
                .isEqualTo(new StaffDecision(false, StaffReason.DIVISION_OUT_OF_SCOPE));
        assertThat(decide(clerk, StaffRole.CLERK, YUHAI_CENTRE, COUNTY).reason()).isEqualTo(StaffReason.DIVISION_OUT_OF_SCOPE);
    }

    @Test
    void authorityNeverLeaksAcrossDepartmentsOrRoles() {
        StaffPosition clerk = at(MARKET, COUNTY, StaffRole.CLERK);

        assertThat(decide(clerk, StaffRole.CLERK, YUHAI_CENTRE, YUHAI).reason()).isEqualTo(StaffReason.DEPARTMENT_MISMATCH);
        assertThat(decide(clerk, StaffRole.APPROVER, MARKET, YUHAI).reason()).isEqualTo(StaffReason.ROLE_NOT_HELD);
    }

    @Test
    void noPositionOrAnUnknownDivisionIsRefusedWithItsOwnReason() {
        assertThat(StaffDecision.decide(List.of(), new StaffRequest("s", StaffRole.CLERK, MARKET, YUHAI), TREE).reason())
                .isEqualTo(StaffReason.NO_POSITION);
        assertThat(decide(at(MARKET, COUNTY, StaffRole.CLERK), StaffRole.CLERK, MARKET,
                new DivisionCode("640324105000")).reason()).isEqualTo(StaffReason.UNKNOWN_DIVISION);
    }

    @Test
    void anyOfSeveralPositionsMayGrant() {
        List<StaffPosition> both = List.of(at(YUHAI_CENTRE, YUHAI, StaffRole.CLERK), at(MARKET, COUNTY, StaffRole.SUPERVISOR));

        assertThat(StaffDecision.decide(both, new StaffRequest("s", StaffRole.SUPERVISOR, MARKET, HEXI_VILLAGE), TREE).allowed())
                .isTrue();
    }
}
