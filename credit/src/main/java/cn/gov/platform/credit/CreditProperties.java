package cn.gov.platform.credit;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the credit service ({@code platform.credit.*}).
 *
 * @param subjectKey    secret of the HMAC-SHA256 that turns identity numbers into subject keys; the
 *                      default is for local development only (production: CREDIT_SUBJECT_KEY)
 * @param identity      where the identity service is
 * @param intake        where the intake service is (the owner of the published calendar years)
 * @param serviceClient this service's client-credentials login for internal calls
 * @param deadlines     working days the issuing department has to decide objections and repairs
 * @param publicityDays working days after a decision within which it must be published (CRE-4: 7)
 * @param caseEvents    the consumer group on intake's stream (the relay to {@code credit.events} and how streams
 *                      are read are support's {@code platform.events})
 * @param checkWriteTimeout how long a check waits for its record to be written (group commit) before it answers
 *                      503 instead; below intake's read timeout on the check
 * @param demoData      whether the development module (never in this jar) seeds list entries for the local
 *                      realm's demo users ({@code CREDIT_DEMO_DATA})
 */
@Validated
@ConfigurationProperties("platform.credit")
public record CreditProperties(String subjectKey, Identity identity, Intake intake, ServiceClient serviceClient,
        Deadlines deadlines,
        int publicityDays, CaseEvents caseEvents, Duration checkWriteTimeout, boolean demoData) {

    /** @param uri base URL of the identity service */
    public record Identity(URI uri) {
    }

    /** @param uri base URL of the intake service, whose internal API serves the published calendar years */
    public record Intake(URI uri) {
    }

    /** @param tokenUri the realm's token endpoint @param clientId Keycloak client @param clientSecret its secret */
    public record ServiceClient(URI tokenUri, String clientId, String clientSecret) {
    }

    /** @param objectionDays working days to decide an objection @param repairDays working days to decide a repair */
    public record Deadlines(int objectionDays, int repairDays) {
    }

    /** @param stream intake's stream (a test reads its own copy) @param group this service's consumer group
     *  @param enabled consume it at all */
    public record CaseEvents(String stream, String group, boolean enabled) {
    }
}
