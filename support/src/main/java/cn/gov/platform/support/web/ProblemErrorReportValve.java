package cn.gov.platform.support.web;

import cn.gov.platform.support.problem.CommonProblems;
import cn.gov.platform.support.problem.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, as problem+json: what the container answers before Spring sees the
 * request (a path with an encoded slash or dot, a URI it cannot decode, a request it refuses)
 * gets the platform's code and message for the status instead of an HTML page. Installed on
 * the host in place of Tomcat's {@link ErrorReportValve}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    // Spring's mix-in writes the problem's properties at the top level, as every other answer does.
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
        } catch (IllegalStateException committed) {
            return;
        }
        String requestId = RequestIds.current()
                .orElseGet(() -> RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER)));
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), CommonProblems.codeFor(status),
                CommonProblems.messageFor(status));
        problem.setProperty("requestId", requestId);
        byte[] body = JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(RequestIds.HEADER, requestId);
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the response was taken over meanwhile: nothing more to say.
        }
    }
}
