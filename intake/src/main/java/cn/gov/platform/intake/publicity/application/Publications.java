package cn.gov.platform.intake.publicity.application;

import cn.gov.platform.intake.publicity.domain.PublishedResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The published results, one per case. */
public interface Publications {

    boolean exists(String caseId);

    /** Stores a publication; false when the case was published already. */
    boolean add(PublishedResult result);

    /** The newest decisions first, optionally of one item, department or division subtree. */
    List<PublishedResult> latest(@Nullable String itemCode, @Nullable String department, @Nullable String divisionPrefix,
            int limit);
}
