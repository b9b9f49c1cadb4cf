package cn.gov.platform.support.problem;

import cn.gov.platform.kernel.Message;
import org.springframework.util.unit.DataSize;

/** Messages for failures every service answers the same way. */
public final class CommonProblems {

    public static final Message UNAUTHENTICATED = Message.of(
            "请先登录：缺少有效的访问令牌，或令牌已过期、签名无效。",
            "Log in first: the access token is missing, expired or its signature is invalid.");
    public static final Message FORBIDDEN = Message.of(
            "您无权执行此操作。",
            "You are not allowed to do this.");
    public static final Message NOT_FOUND = Message.of(
            "请求的资源不存在。",
            "The requested resource does not exist.");
    public static final Message MALFORMED_BODY = Message.of(
            "请求内容不是有效的 JSON，或字段类型不正确。",
            "The request body is not valid JSON or a field has the wrong type.");
    public static final Message VALIDATION_FAILED = Message.of(
            "请求中有字段不符合要求，请按提示逐项修改。",
            "Some fields of the request are not valid; correct each one as described.");
    public static final Message METHOD_NOT_ALLOWED = Message.of(
            "此地址不支持该请求方法。",
            "This address does not support that request method.");
    public static final Message UNSUPPORTED_MEDIA_TYPE = Message.of(
            "不支持该内容类型，请使用 application/json。",
            "That content type is not supported; send application/json.");
    public static final Message NOT_ACCEPTABLE = Message.of(
            "无法以请求的格式作答。",
            "The response cannot be produced in the requested format.");
    public static final Message PAYLOAD_TOO_LARGE = Message.of(
            "请求内容过大（上限 1 MiB）。",
            "The request body is too large (limit 1 MiB).");
    public static final Message TOO_MANY_REQUESTS = Message.of(
            "请求过于频繁，请稍后再试。",
            "Too many requests; try again shortly.");
    public static final Message REQUEST_REJECTED = Message.of(
            "请求地址含有不允许的内容（如编码的斜杠 %2F、编码的点 %2E、“..”、反斜杠或分号），请使用规范的地址。",
            "The request address contains something that is not allowed (an encoded slash %2F or dot %2E, '..', "
                    + "a backslash or a semicolon); use the plain address.");
    public static final Message MALFORMED_REQUEST = Message.of(
            "请求格式不正确：地址或请求头无法解析。",
            "The request is malformed: its address or headers cannot be read.");
    public static final Message HEADERS_TOO_LARGE = Message.of(
            "请求头过大，请减少 Cookie 或其他请求头的内容。",
            "The request headers are too large; send fewer or smaller headers (cookies, for example).");
    public static final Message URI_TOO_LONG = Message.of(
            "请求地址过长。",
            "The request address is too long.");
    public static final Message INTERNAL_ERROR = Message.of(
            "系统内部错误，已记录，请稍后重试。如需协助请提供请求编号。",
            "Internal error; it has been logged. Try again later, quoting the request id if you need help.");

    private CommonProblems() {
    }

    /** A body over {@code limit}, naming the limit. */
    public static Message payloadTooLarge(DataSize limit) {
        long bytes = limit.toBytes();
        String size = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
        return Message.of("请求内容过大（上限 " + size + "）。", "The request body is too large (limit " + size + ").");
    }

    public static Message missingParameter(String name) {
        return Message.of("缺少必填参数：" + name + "。", "The required parameter " + name + " is missing.");
    }

    public static Message missingHeader(String name) {
        return Message.of("缺少必需的请求头：" + name + "。", "The required header " + name + " is missing.");
    }

    public static Message wrongType(String name) {
        return Message.of("参数 " + name + " 的格式不正确。", "The parameter " + name + " has the wrong format.");
    }
}
