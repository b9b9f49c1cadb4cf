package cn.gov.platform.intake.catalogue.application;

import cn.gov.platform.intake.catalogue.domain.Implementation;
import java.util.List;

/**
 * The answer of first-contact responsibility (INT-7): whether the receiving division and
 * department handle the item, and if not, everywhere it is handled, with address and contact.
 */
public record Routing(String itemCode, String itemName, boolean handledHere, List<Implementation> handledAt) {
}
