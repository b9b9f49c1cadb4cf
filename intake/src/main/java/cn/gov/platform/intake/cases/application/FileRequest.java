package cn.gov.platform.intake.cases.application;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filing as the use case receives it: the item, where it is filed (INT-7 routes it when that
 * is not where the item is handled), for whom (an agent names the principal), materials given by
 * e-certificate reference, and whether to submit now or keep a draft for uploads.
 */
public record FileRequest(String itemCode, String division, @Nullable String department,
        @Nullable String principalSubject, List<CertificateMaterial> certificates, boolean submit) {

    /** A material satisfied by naming an e-certificate (CAT-3). */
    public record CertificateMaterial(String materialCode, String certificateNumber) {
    }

    public FileRequest {
        certificates = List.copyOf(certificates);
    }

    /** A stable digest input: the same request gives the same text, whatever order the JSON had. */
    String canonical() {
        StringBuilder b = new StringBuilder().append(itemCode).append('|').append(division).append('|')
                .append(department).append('|').append(principalSubject).append('|').append(submit);
        certificates.stream().sorted(java.util.Comparator.comparing(CertificateMaterial::materialCode))
                .forEach(m -> b.append('|').append(m.materialCode()).append('=').append(m.certificateNumber()));
        return b.toString();
    }
}
