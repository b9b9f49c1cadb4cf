package cn.gov.platform.notifications.messages.web;

import cn.gov.platform.notifications.messages.application.ReceiptSignatures;
import cn.gov.platform.notifications.messages.application.Receipts;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery receipts from the SMS providers: {@code POST /api/notifications/receipts/{provider}}
 * with {@code {clientRef, messageId, status: DELIVERED|FAILED, reason?}}. Public (providers hold
 * no platform token); authenticated by {@code X-Signature: sha256=<HMAC of the body>} under the
 * provider's shared secret. A bad signature is 401 and changes nothing.
 */
@RestController
class ReceiptController {

    private final Receipts receipts;
    private final ReceiptSignatures signatures;
    private final JsonMapper json;

    ReceiptController(Receipts receipts, ReceiptSignatures signatures, JsonMapper json) {
        this.receipts = receipts;
        this.signatures = signatures;
        this.json = json;
    }

    @PostMapping("/api/notifications/receipts/{provider}")
    Map<String, String> receipt(@PathVariable String provider,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The provider's delivery receipt,"
                    + " signed in X-Signature: clientRef and status (DELIVERED, FAILED or UNDELIVERED)",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object",
                            requiredProperties = {"clientRef", "status"}))) @RequestBody byte[] body,
            @RequestHeader(name = "X-Signature", required = false) String signature) {
        if (!signatures.isAuthentic(provider, body, signature)) {
            throw new PlatformException(HttpStatus.UNAUTHORIZED, "RECEIPT_SIGNATURE_INVALID",
                    Message.of("回执签名无效。", "The receipt's signature is missing or wrong."));
        }
        JsonNode receipt;
        try {
            receipt = json.readTree(body);
        } catch (RuntimeException e) {
            throw PlatformException.invalid("body", "RECEIPT_MALFORMED", Message.of("回执不是有效的 JSON。", "The receipt is not valid JSON."));
        }
        String ref = receipt.path("clientRef").asString("");
        String status = receipt.path("status").asString("");
        if (ref.isBlank()) {
            throw PlatformException.invalid("clientRef", "RECEIPT_CLIENT_REF_MISSING",
                    Message.of("回执缺少 clientRef。", "The receipt has no clientRef."));
        }
        Receipts.Outcome outcome = switch (status) {
            case "DELIVERED" -> Receipts.Outcome.DELIVERED;
            case "FAILED", "UNDELIVERED" -> Receipts.Outcome.FAILED;
            default -> throw DomainViolation.invalid("status", "RECEIPT_STATUS_INVALID",
                    "回执状态只能是 DELIVERED 或 FAILED。", "The receipt status must be DELIVERED or FAILED.");
        };
        String reason = receipt.path("reason").asString("");
        MessageStatus now = receipts.apply(provider, ref, outcome, reason.isBlank() ? null : reason);
        return Map.of("clientRef", ref, "status", now.name());
    }
}
