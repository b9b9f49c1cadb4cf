package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a case's document says (issue 17, point 3), worked out from the case as it stands, before anything
 * is drawn: its number, title, label/value rows in both languages, and for the receipt and the notices the
 * text of the QR code (the public follow-up address of the case's number). A document the case does not
 * have (yet) is 404 {@code DOCUMENT_NOT_AVAILABLE}.
 *
 */
public record PrintedDocument(DocumentKind kind, String number, String caseReference, List<Row> rows,
        @Nullable String qrText) {

    /** One line: label (Chinese, English) and value. */
    public record Row(String label, String labelEn, String value) {
    }

    /** The office that handles the case and how to reach it. */
    public record Office(String departmentName, String address, String contact) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    public static PrintedDocument of(DocumentKind kind, CaseSnapshot c, Office office, String followUpUrl) {
        return switch (kind) {
            case RECEIPT -> receipt(c, office, followUpUrl);
            case NOT_ACCEPTED -> notAccepted(c, office, followUpUrl);
            case SUPPLEMENT -> supplement(c, office, followUpUrl);
            case DECISION -> decision(c, office);
        };
    }

    private static PrintedDocument receipt(CaseSnapshot c, Office office, String followUpUrl) {
        String number = c.lifecycle().number();
        LocalDate accepted = c.deadlines().acceptedOn();
        if (number == null || accepted == null) {
            throw notAvailable(DocumentKind.RECEIPT);
        }
        List<Row> rows = new ArrayList<>(common(c, number));
        rows.add(new Row("受理日期", "Accepted on", accepted.format(DAY)));
        rows.add(new Row("已收材料", "Materials received", received(c)));
        rows.add(new Row("承诺办结日期", "Promised by", orDash(c.deadlines().promisedDue())));
        rows.add(new Row("法定办结日期", "Statutory limit", orDash(c.deadlines().statutoryDue())));
        rows.addAll(officeRows(office));
        rows.add(new Row("查询方式", "Follow up", "扫描二维码，或凭受理编号和身份证号后 6 位查询 | scan the code, or use the number "
                + "and the last 6 characters of the ID number"));
        return new PrintedDocument(DocumentKind.RECEIPT, DocumentKind.RECEIPT.prefix() + "-" + number, number, rows,
                followUpUrl + number);
    }

    private static PrintedDocument notAccepted(CaseSnapshot c, Office office, String followUpUrl) {
        Notice notice = c.materials().notices().stream().filter(n -> n.kind() == Notice.Kind.NOT_ACCEPTED)
                .reduce((a, b) -> b).orElseThrow(() -> notAvailable(DocumentKind.NOT_ACCEPTED));
        String number = notice.number() == null ? c.id() : notice.number();
        List<Row> rows = new ArrayList<>(common(c, number));
        rows.add(new Row("决定日期", "Date", ChinaDates.of(notice.issuedAt())));
        rows.add(new Row("不予受理理由", "Reasons", notice.reason()));
        rows.add(new Row("法律依据", "Legal basis", notice.legalBasis() == null ? "—" : notice.legalBasis()));
        if (!notice.defects().isEmpty()) {
            rows.add(new Row("材料问题", "Materials", defects(notice)));
        }
        rows.add(new Row("收到材料", "Materials received", received(c)));
        rows.addAll(officeRows(office));
        return new PrintedDocument(DocumentKind.NOT_ACCEPTED, number, number, rows, followUpUrl + number);
    }

    private static PrintedDocument supplement(CaseSnapshot c, Office office, String followUpUrl) {
        List<Notice> notices = c.materials().notices().stream().filter(n -> n.kind() == Notice.Kind.SUPPLEMENT).toList();
        if (notices.isEmpty()) {
            throw notAvailable(DocumentKind.SUPPLEMENT);
        }
        Notice notice = notices.getLast();
        String reference = c.lifecycle().reference() != null ? c.lifecycle().reference() : c.id();
        String number = DocumentKind.SUPPLEMENT.prefix() + "-" + c.id().substring(0, 8).toUpperCase(java.util.Locale.ROOT)
                + "-" + notices.size();
        List<Row> rows = new ArrayList<>(common(c, reference));
        rows.add(new Row("告知日期", "Date", ChinaDates.of(notice.issuedAt())));
        rows.add(new Row("须补正的全部材料", "Everything to supplement", defects(notice)));
        rows.add(new Row("说明", "Note", notice.reason()));
        rows.add(new Row("提示", "Please note", "以上为需补正的全部内容，不再另行要求 | this is everything; nothing more will be asked"));
        rows.addAll(officeRows(office));
        return new PrintedDocument(DocumentKind.SUPPLEMENT, number, reference, rows, followUpUrl + reference);
    }

    private static PrintedDocument decision(CaseSnapshot c, Office office) {
        Decision d = c.chain().decision();
        String caseNumber = c.lifecycle().number();
        if (d == null || caseNumber == null) {
            throw notAvailable(DocumentKind.DECISION);
        }
        boolean granted = d.verdict() == Verdict.APPROVE;
        List<Row> rows = new ArrayList<>(common(c, caseNumber));
        rows.add(new Row("决定", "Decision", granted ? "准予许可 | granted" : "不予许可 | refused"));
        rows.add(new Row("决定日期", "Decided on", ChinaDates.of(d.decidedAt())));
        rows.add(new Row("理由", "Reasons", d.reasons()));
        rows.add(new Row("法律依据", "Legal basis", d.legalBasis() == null ? "—" : d.legalBasis()));
        rows.add(new Row("承办人", "Handler", d.handler()));
        if (d.reviewer() != null) {
            rows.add(new Row("审核人", "Reviewer", d.reviewer()));
        }
        if (d.approver() != null) {
            rows.add(new Row("批准人", "Approver", d.approver()));
        }
        c.joint().tasks().forEach(t -> rows.add(new Row("并联审批", "Joint department",
                t.departmentName() + "：" + stateName(t.state()) + (t.decidedBy() == null ? "" : "（" + t.decidedBy() + "）"))));
        if (!granted) {
            rows.add(new Row("救济途径", "Remedies", "如不服本决定，可依法申请行政复议或提起行政诉讼 | you may apply for "
                    + "administrative reconsideration or bring an administrative suit"));
        }
        rows.addAll(officeRows(office));
        return new PrintedDocument(DocumentKind.DECISION, DocumentKind.DECISION.prefix() + "-" + caseNumber, caseNumber,
                rows, null);
    }

    /** The document's own title: the decision's says granted or refused. */
    public String title() {
        if (kind == DocumentKind.DECISION) {
            return rows.stream().anyMatch(r -> r.labelEn().equals("Decision") && r.value().startsWith("准予"))
                    ? "准予行政许可决定书" : "不予行政许可决定书";
        }
        return kind.title();
    }

    private static List<Row> common(CaseSnapshot c, String reference) {
        return List.of(new Row("编号", "Number", reference), new Row("事项", "Item", c.item().name()));
    }

    private static List<Row> officeRows(Office office) {
        return List.of(new Row("办理机关", "Office", office.departmentName()),
                new Row("地址", "Address", office.address()), new Row("电话", "Phone", office.contact()));
    }

    private static String received(CaseSnapshot c) {
        return c.materials().supplied().isEmpty() ? "—"
                : c.materials().supplied().stream().map(MaterialEntry::name).collect(Collectors.joining("、"));
    }

    private static String defects(Notice notice) {
        return notice.defects().stream().map(d -> d.materialName() + "（" + d.explanation() + "）")
                .collect(Collectors.joining("；"));
    }

    /** A joint department's task as the notice says it, never the code. */
    static String stateName(TaskState state) {
        return switch (state) {
            case OPEN -> "办理中 | open";
            case APPROVED -> "同意 | approved";
            case REJECTED -> "不同意 | refused";
            case DEEMED_APPROVED -> "超时默认同意 | deemed approved";
        };
    }

    private static String orDash(@Nullable LocalDate date) {
        return date == null ? "—" : date.format(DAY);
    }

    static DomainViolation notAvailable(DocumentKind kind) {
        return DomainViolation.notFound("DOCUMENT_NOT_AVAILABLE", "本办件目前没有" + kind.title() + "。",
                "The case has no " + kind.titleEn().toLowerCase(java.util.Locale.ROOT) + " (yet).");
    }

    /** Dates in China, as the documents print them. */
    private static final class ChinaDates {
        static String of(java.time.Instant at) {
            return cn.gov.platform.kernel.ChinaTime.dateOf(at).format(DAY);
        }
    }
}
