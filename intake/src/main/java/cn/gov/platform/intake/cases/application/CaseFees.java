package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.CaseSnapshot;

/**
 * The fee point of a case (SUP-3, issue 19): fees ({@code intake.fees}) plug in here, so that the cases
 * depend on no fee code. Before a delivery or a close is stored the fee must be paid; after every stored
 * change the fees see the case (a notice issued at its fee point, cancelled or due back when it ends).
 */
public interface CaseFees {

    /** No fees: what the cases do without the fee feature. */
    CaseFees NONE = new CaseFees() {
        @Override
        public void beforeDelivery(CaseSnapshot c) {
        }

        @Override
        public void changed(CaseSnapshot c) {
        }
    };

    /** Refuses (409 {@code FEE_UNPAID}) while the case's payment notice is unpaid. */
    void beforeDelivery(CaseSnapshot c);

    /** The case as just stored; never throws for the case's sake (the fees catch up when asked). */
    void changed(CaseSnapshot c);
}
