package cn.gov.platform.credit.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final String COUNTY = "640324000000";
    private static final String YUHAI = "640324100000";
    private static final String MARKET = "county-market-regulation";

    /** Identity as a list of confirmed posts "subject|role|department|division", recording every question. */
    private static final class Identity implements StaffAuthority {
        final Set<String> posts;
        final List<String> asked = new ArrayList<>();

        Identity(String... posts) {
            this.posts = Set.of(posts);
        }

        @Override
        public boolean holds(String staffSubject, String realmRole, String department, String division) {
            String post = staffSubject + "|" + realmRole + "|" + department + "|" + division;
            asked.add(post);
            return posts.contains(post);
        }
    }

    @Test
    void aStaffRoleCountsOnlyWhereIdentityConfirmsItAtTheTokensDepartmentAndDivision() {
        Identity identity = new Identity("s1|reviewer|" + MARKET + "|" + COUNTY);

        Actor actor = Actor.confirmed("s1", Set.of("reviewer", "approver", "citizen"), MARKET, COUNTY, identity);

        assertThat(actor.roles()).containsExactlyInAnyOrder("reviewer", "citizen");
        assertThat(actor.actsFor(MARKET)).isTrue();
        assertThat(identity.asked).containsExactlyInAnyOrder("s1|reviewer|" + MARKET + "|" + COUNTY,
                "s1|approver|" + MARKET + "|" + COUNTY);
    }

    @Test
    void anUnconfirmedReviewerActsForNoDepartment() {
        Actor actor = Actor.confirmed("s2", Set.of("reviewer"), MARKET, COUNTY, new Identity());

        assertThat(actor.roles()).isEmpty();
        assertThat(actor.actsFor(MARKET)).isFalse();
        assertThat(actor.isDepartmentStaff()).isFalse();
    }

    @Test
    void aTokenWithoutAPostIsNeverAskedAboutAndHoldsNoStaffRole() {
        Identity identity = new Identity();

        assertThat(Actor.confirmed("s3", Set.of("supervisor"), null, COUNTY, identity).isSupervisor()).isFalse();
        assertThat(Actor.confirmed("s3", Set.of("supervisor"), "county-supervision", "6403", identity).isSupervisor())
                .isFalse();
        assertThat(Actor.confirmed("s3", Set.of("citizen", "admin"), null, null, identity).roles())
                .containsExactlyInAnyOrder("citizen", "admin");
        assertThat(identity.asked).isEmpty();
    }

    @Test
    void aCountySupervisorSeesTheWholeCountyAndATownshipSupervisorOnlyTheirTownship() {
        Actor county = new Actor("c", Set.of("supervisor"), "county-supervision", COUNTY);
        Actor yuhai = new Actor("y", Set.of("supervisor"), "yuhai-town-service-center", YUHAI);

        assertThat(county.supervises(COUNTY)).isTrue();
        assertThat(county.supervises("640324101000")).isTrue();
        assertThat(county.supervises("640324100201")).isTrue();
        assertThat(county.supervises("640325000000")).as("another county").isFalse();
        assertThat(yuhai.supervises(YUHAI)).isTrue();
        assertThat(yuhai.supervises("640324100201")).as("a village of Yuhai").isTrue();
        assertThat(yuhai.supervises("640324101000")).as("another township").isFalse();
        assertThat(yuhai.supervises(COUNTY)).as("the county above").isFalse();
        assertThat(yuhai.supervises(null)).as("nothing without a division").isFalse();
    }

    @Test
    void anAdminSeesEverythingAndStaffWithoutTheSupervisorRoleNothing() {
        Actor admin = new Actor("a", Set.of("admin"), null, null);
        Actor reviewer = new Actor("r", Set.of("reviewer"), MARKET, COUNTY);

        assertThat(admin.supervises("640324101000")).isTrue();
        assertThat(admin.supervises(null)).isTrue();
        assertThat(reviewer.supervises(COUNTY)).isFalse();
    }
}
