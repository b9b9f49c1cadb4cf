package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.DocumentKind;
import cn.gov.platform.intake.cases.domain.FileType;
import cn.gov.platform.intake.cases.domain.IssuedDocument;
import cn.gov.platform.intake.cases.domain.PrintedDocument;
import cn.gov.platform.intake.cases.domain.StoredFile;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.support.web.Caller;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A case's documents (issue 17, point 3): issued once, on the first request for them by anyone who may
 * see the case, then always the same file. Each has a number and the SHA-256 of its content on record;
 * anyone can check a document they hold against that record without logging in.
 */
public class CaseDocuments {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final CaseLookup cases;
    private final CatalogueService catalogue;
    private final DocumentPrinter printer;
    private final IssuedDocuments issued;
    private final MaterialStorage files;
    private final Clock clock;
    private final String followUpUrl;

    public CaseDocuments(CaseLookup cases, CatalogueService catalogue, DocumentPrinter printer, IssuedDocuments issued,
            MaterialStorage files, Clock clock, String followUpUrl) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.printer = printer;
        this.issued = issued;
        this.files = files;
        this.clock = clock;
        this.followUpUrl = followUpUrl;
    }

    /** An issued document and its content (the reader streams and closes it). */
    public record Issued(IssuedDocument document, InputStream content) {
    }

    /** What online verification says; nothing but the number when the hash is not the document's. */
    public record Verification(String number, boolean genuine, @Nullable DocumentKind kind, @Nullable String title,
            @Nullable String caseReference, @Nullable Instant issuedAt) {
    }

    public Issued document(Caller caller, String caseId, String kindSlug) {
        DocumentKind kind = DocumentKind.ofSlug(kindSlug).orElseThrow(() -> DomainViolation.notFound(
                "DOCUMENT_NOT_AVAILABLE", "没有这种文书。", "There is no such document."));
        Case c = cases.view(caller, caseId);
        PrintedDocument printed = PrintedDocument.of(kind, c.snapshot(), office(c.snapshot()), followUpUrl);
        IssuedDocument document = issued.byNumber(printed.number()).orElseGet(() -> issue(c.snapshot(), printed));
        InputStream content = files.read(document.fileId()).orElseThrow(() -> new IllegalStateException(
                "The file of document " + document.number() + " is missing"));
        return new Issued(document, content);
    }

    /**
     * Whether the document with this number is the one issued: its SHA-256 compared in constant time. A number
     * never issued is 404 {@code DOCUMENT_NOT_FOUND}; a hash that is no SHA-256 (64 hexadecimal digits) 400.
     */
    public Verification verify(String number, @Nullable String hash) {
        String given = hash == null ? "" : hash.trim().toLowerCase(Locale.ROOT);
        if (given.isEmpty()) {
            throw DomainViolation.invalid("hash", "HASH_REQUIRED", "请填写文书的 SHA-256 校验值。",
                    "Give the SHA-256 checksum of the document.");
        }
        if (!SHA256.matcher(given).matches()) {
            throw DomainViolation.invalid("hash", "HASH_INVALID", "校验值应为 64 位十六进制数字（SHA-256）。",
                    "The checksum is a SHA-256: 64 hexadecimal digits.");
        }
        IssuedDocument found = issued.byNumber(number.trim()).orElseThrow(() -> DomainViolation.notFound(
                "DOCUMENT_NOT_FOUND", "没有编号为该号码的文书。", "No document with that number was issued."));
        boolean same = MessageDigest.isEqual(found.sha256().getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
        if (!same) {
            return new Verification(found.number(), false, null, null, null, null);
        }
        return new Verification(found.number(), true, found.kind(), found.kind().title() + " | " + found.kind().titleEn(),
                found.caseReference(), found.issuedAt());
    }

    private IssuedDocument issue(CaseSnapshot c, PrintedDocument printed) {
        byte[] pdf = printer.print(printed);
        String sha256 = FilingService.sha256(pdf);
        StoredFile file = files.store(c.id(), "document:" + printed.kind().slug(), printed.number() + ".pdf", FileType.PDF,
                pdf, sha256);
        IssuedDocument document = new IssuedDocument(printed.number(), printed.kind(), c.id(), printed.caseReference(),
                sha256, pdf.length, file.id(), clock.instant());
        if (issued.add(document)) {
            return document;
        }
        files.delete(file.id()); // someone issued it first: theirs is the document
        return issued.byNumber(printed.number()).orElseThrow();
    }

    private PrintedDocument.Office office(CaseSnapshot c) {
        return catalogue.version(c.item().code(), c.item().version())
                .implementationAt(DivisionCode.of(c.handling().actingDivision()), c.handling().actingDepartment())
                .map(i -> new PrintedDocument.Office(i.divisionName() + i.departmentName(), i.address(), i.contact()))
                .orElse(new PrintedDocument.Office(c.handling().actingDepartmentName(), "—", "—"));
    }
}
