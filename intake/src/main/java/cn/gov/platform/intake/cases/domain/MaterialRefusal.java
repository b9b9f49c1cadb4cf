package cn.gov.platform.intake.cases.domain;

/** Why a reference or a record cannot stand in for a material; the applicant then hands it in. */
public enum MaterialRefusal {
    CERTIFICATE_NOT_VALID("电子证照无效或不属于申请人，请重新提交", "the e-certificate is not valid or not the applicant's; hand the material in"),
    CERTIFICATE_UNKNOWN("电子证照库没有该编号的证照，请核对编号或提交材料", "the registry knows no certificate of this number; check it or hand the material in"),
    RECORD_NOT_HELD("有关部门没有申请人的该项记录，请提交材料", "the department holds no such record for the applicant; hand the material in");

    private final String zh;
    private final String en;

    MaterialRefusal(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    static MaterialRefusal of(ReferenceResolution resolution) {
        return switch (resolution) {
            case INVALID -> CERTIFICATE_NOT_VALID;
            case UNKNOWN -> CERTIFICATE_UNKNOWN;
            default -> throw new IllegalArgumentException(resolution + " refuses nothing");
        };
    }
}
