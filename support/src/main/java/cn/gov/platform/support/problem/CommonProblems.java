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
    public static final Message TEMPORARILY_UNAVAILABLE = Message.of(
            "服务暂时无法处理该请求（数据存储或缓存暂不可用），未做任何更改，请稍后重试。",
            "The service cannot handle this request right now (its store or cache is unavailable); nothing was "
                    + "changed. Try again shortly.");
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

    public static final Message NO_SUCH_ADDRESS = Message.of(
            "没有这个地址：请检查网址。",
            "There is nothing at this address; check the URL.");
    public static final Message SERVICE_UNAVAILABLE = Message.of(
            "服务暂时不可用，请稍后重试。",
            "The service is unavailable right now; try again shortly.");
    public static final Message UPSTREAM_TIMEOUT = Message.of(
            "后端服务响应超时，请稍后重试。",
            "The service did not answer in time; try again shortly.");

    private CommonProblems() {
    }

    /**
     * The stable code of a refusal known only by its status: what a container, a proxy or the
     * framework answers before any of the platform's own code could name the problem.
     */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 431 -> "HEADERS_TOO_LARGE";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "UPSTREAM_TIMEOUT";
            default -> status >= 400 && status < 500 ? "BAD_REQUEST" : "INTERNAL_ERROR";
        };
    }

    /** The message for {@link #codeFor(int)}. */
    public static Message messageFor(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NO_SUCH_ADDRESS;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> UPSTREAM_TIMEOUT;
            default -> status >= 400 && status < 500 ? VALIDATION_FAILED : INTERNAL_ERROR;
        };
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
