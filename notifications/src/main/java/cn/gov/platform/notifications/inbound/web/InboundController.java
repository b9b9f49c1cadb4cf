package cn.gov.platform.notifications.inbound.web;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.notifications.inbound.application.CaseFollowUp;
import cn.gov.platform.notifications.inbound.application.InboundSms;
import cn.gov.platform.notifications.messages.application.ReceiptSignatures;
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
 * Messages sent to the platform's number, delivered by the SMS provider:
 * {@code POST /api/notifications/inbound/{provider}} with {@code {messageId, from, text}}. Public
 * (providers hold no platform token); signed like the delivery receipts ({@code X-Signature:
 * sha256=<HMAC of the body>} under the provider's receipt secret). A bad signature is 401 and changes
 * nothing; a retried message (same {@code messageId}) is answered once; intake not answering is 503, so
 * the provider delivers the message again later.
 */
@RestController
class InboundController {

    private final InboundSms inbound;
    private final ReceiptSignatures signatures;
    private final JsonMapper json;

    InboundController(InboundSms inbound, ReceiptSignatures signatures, JsonMapper json) {
        this.inbound = inbound;
        this.signatures = signatures;
        this.json = json;
    }

    @PostMapping("/api/notifications/inbound/{provider}")
    Map<String, String> inbound(@PathVariable String provider,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A message sent to the platform's"
                    + " number, signed in X-Signature: the provider's messageId, the sender (from) and the text",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object",
                            requiredProperties = {"messageId", "from", "text"}))) @RequestBody byte[] body,
            @RequestHeader(name = "X-Signature", required = false) String signature) {
        if (!signatures.isAuthentic(provider, body, signature)) {
            throw new PlatformException(HttpStatus.UNAUTHORIZED, "INBOUND_SIGNATURE_INVALID",
                    Message.of("上行短信签名无效。", "The inbound message's signature is missing or wrong."));
        }
        JsonNode m;
        try {
            m = json.readTree(body);
        } catch (RuntimeException e) {
            throw PlatformException.invalid("body", "INBOUND_MALFORMED",
                    Message.of("上行短信不是有效的 JSON。", "The inbound message is not valid JSON."));
        }
        String id = m.path("messageId").asString("");
        String from = m.path("from").asString("");
        if (id.isBlank() || id.length() > 128) {
            throw PlatformException.invalid("messageId", "INBOUND_MESSAGE_ID_MISSING",
                    Message.of("上行短信缺少 messageId。", "The inbound message has no messageId."));
        }
        if (from.isBlank()) {
            throw PlatformException.invalid("from", "INBOUND_SENDER_MISSING",
                    Message.of("上行短信缺少发送号码。", "The inbound message has no sender."));
        }
        try {
            InboundSms.Outcome outcome = inbound.receive(provider, id, from, m.path("text").asString(""));
            return Map.of("messageId", id, "outcome", outcome.name());
        } catch (CaseFollowUp.Unavailable intakeDown) {
            throw new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "INTAKE_UNAVAILABLE",
                    Message.of("办件服务暂不可用，请稍后重发。", "The case service is unavailable; deliver the message again later."));
        }
    }
}
