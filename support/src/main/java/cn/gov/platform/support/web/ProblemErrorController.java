package cn.gov.platform.support.web;

import cn.gov.platform.support.problem.CommonProblems;
import cn.gov.platform.support.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the container forwards to {@code /error} (a {@code sendError} from Tomcat or a servlet,
 * such as a TRACE refused with 405, or a failure outside Spring MVC's handlers): problem+json
 * with the platform's code for the status, never Spring Boot's own error document or page.
 */
@org.springframework.stereotype.Controller
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), CommonProblems.codeFor(status),
                CommonProblems.messageFor(status));
        RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
