/**
 * Fees through one window (统一收费, SUP-3): the payment notice a case gets when its item's fee falls due,
 * payment through a bank's collection service (signed callbacks, the daily statement), the electronic
 * receipt, refunds for refused or withdrawn cases and the figures supervision watches.
 */
@NullMarked
package cn.gov.platform.intake.fees;

import org.jspecify.annotations.NullMarked;
