package cn.gov.platform.support.problem;

import cn.gov.platform.kernel.Message;

/**
 * One field at fault in a request: its path as the client sent it ({@code materials[1].name}),
 * a machine-readable code, and the message.
 */
public record FieldError(String field, String code, Message message) {
}
