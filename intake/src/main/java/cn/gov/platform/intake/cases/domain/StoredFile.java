package cn.gov.platform.intake.cases.domain;

/** A file the material storage has kept: its id there, the detected type, size and SHA-256. */
public record StoredFile(String id, String fileName, String contentType, long size, String sha256) {
}
