package cn.gov.platform.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.FieldError;
import org.junit.jupiter.api.Test;

class FeatureTypeNamesTest {

    @Test
    void aFeaturesTypeIsNamedAfterItsFeatureUnlessItsNameStartsWithIt() {
        assertThat(FeatureTypeNames.nameOf(cn.gov.platform.demo.cases.web.Requests.FileBody.class))
                .isEqualTo("CaseFileBody");
        assertThat(FeatureTypeNames.nameOf(cn.gov.platform.demo.complaints.web.Requests.FileBody.class))
                .isEqualTo("ComplaintFileBody");
        assertThat(FeatureTypeNames.nameOf(cn.gov.platform.demo.cases.web.CaseView.class)).isEqualTo("CaseView");
    }

    @Test
    void aTypeNestedInADomainTypeIsNamedWithIt() {
        assertThat(FeatureTypeNames.nameOf(cn.gov.platform.demo.cases.domain.Notice.Kind.class))
                .isEqualTo("CaseNoticeKind");
    }

    @Test
    void sharedTypesKeepTheirSimpleNames() {
        assertThat(FeatureTypeNames.nameOf(Message.class)).isEqualTo("Message");
        assertThat(FeatureTypeNames.nameOf(FieldError.class)).isEqualTo("FieldError");
        assertThat(FeatureTypeNames.nameOf(String.class)).isEqualTo("String");
    }

    @Test
    void featureNamesAreMadeSingular() {
        assertThat(FeatureTypeNames.singular("cases")).isEqualTo("case");
        assertThat(FeatureTypeNames.singular("classes")).isEqualTo("class");
        assertThat(FeatureTypeNames.singular("catalogue")).isEqualTo("catalogue");
        assertThat(FeatureTypeNames.singular("access")).isEqualTo("access");
    }

    @Test
    void aSummaryIsMadeFromTheOperationId() {
        assertThat(PublicContract.sentence("requestSupplement_1")).isEqualTo("Request supplement");
        assertThat(PublicContract.sentence("file")).isEqualTo("File");
    }
}
