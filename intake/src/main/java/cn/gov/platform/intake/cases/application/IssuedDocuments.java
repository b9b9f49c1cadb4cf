package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.IssuedDocument;
import java.util.Optional;

/** The record of documents issued (issue 17, point 3): one per number, never changed. */
public interface IssuedDocuments {

    /** Stores the record; false when a document with that number was issued first (a concurrent request). */
    boolean add(IssuedDocument document);

    Optional<IssuedDocument> byNumber(String number);
}
