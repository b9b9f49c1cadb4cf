package cn.gov.platform.certificates.catalogue.web;

import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The certificate-type catalogue is public: anyone may learn what a certificate contains. */
@RestController
class CatalogueController {

    private final CertificateTypes types;

    CatalogueController(CertificateTypes types) {
        this.types = types;
    }

    @GetMapping("/api/certificates/types")
    Types all() {
        return new Types(types.all());
    }

    @GetMapping("/api/certificates/types/{code}")
    CertificateType one(@PathVariable String code) {
        return types.find(code).orElseThrow(() -> PlatformException.notFound("CERTIFICATE_TYPE_UNKNOWN",
                Message.of("没有该证照类型：" + code + "。", "There is no certificate type " + code + ".")));
    }

    record Types(List<CertificateType> types) {
    }
}
