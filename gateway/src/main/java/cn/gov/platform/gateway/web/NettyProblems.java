package cn.gov.platform.gateway.web;

import cn.gov.platform.gateway.security.SecurityHeadersWebFilter;
import cn.gov.platform.support.problem.Problems;
import cn.gov.platform.support.web.RequestIds;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Some refusals never reach Spring: Netty answers a request line or headers it cannot decode
 * (a malformed URI, a request line over 4 KiB: 414, headers over the limit: 431) itself, and
 * Spring answers a URI it cannot parse with a bare 400. Both are empty bodies. A handler next to
 * Netty's HTTP codec turns every empty error answer (4xx or 5xx, no content type, not to a HEAD)
 * into problem+json with the security headers and a request id, so that no client ever gets a
 * bare status from the gateway.
 */
@Component
class NettyProblems implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory> {

    private static final String HANDLER = "platformProblems";

    private final JsonMapper json;
    private final HttpHeaders securityHeaders;

    NettyProblems(JsonMapper json, SecurityHeadersWebFilter securityHeaders) {
        this.json = json;
        this.securityHeaders = securityHeaders.headers();
    }

    @Override
    public void customize(NettyReactiveWebServerFactory factory) {
        factory.addServerCustomizers(server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, new EmptyErrorsAsProblems());
            }
        }));
    }

    byte[] problem(int status, String requestId) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        ProblemDetail problem = Problems.of(code, ProblemErrorWebExceptionHandler.codeOf(code),
                ProblemErrorWebExceptionHandler.messageOf(code));
        problem.setProperty("requestId", requestId);
        return json.writeValueAsBytes(problem);
    }

    /** One per connection: it remembers whether the request being answered is a HEAD. */
    private final class EmptyErrorsAsProblems extends ChannelDuplexHandler {

        private boolean head;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                head = HttpMethod.HEAD.equals(request.method());
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof FullHttpResponse response && response.status().code() >= 400 && !head
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                String requestId = response.headers().get(RequestIds.HEADER);
                if (requestId == null) {
                    requestId = RequestIds.acceptOrCreate(null);
                }
                byte[] body = problem(response.status().code(), requestId);
                FullHttpResponse problem = response.replace(Unpooled.wrappedBuffer(body));
                response.release();
                securityHeaders.forEach((name, values) -> {
                    if (!problem.headers().contains(name)) {
                        problem.headers().set(name, values);
                    }
                });
                problem.headers()
                        .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                        .set(RequestIds.HEADER, requestId);
                ctx.write(problem, promise);
                return;
            }
            ctx.write(msg, promise);
        }
    }
}
