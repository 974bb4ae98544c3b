package org.sportello;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Every refused request gets an {@code application/problem+json} answer (RFC 9457) saying what is
 * wrong and where: {@code errors} lists each violation with a JSON pointer, and for batches the
 * item's position and id.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final IdGenerator ids;

    ApiProblems(IdGenerator ids) {
        this.ids = ids;
    }

    @ExceptionHandler(RequestRefused.class)
    ResponseEntity<Object> refused(RequestRefused refused, HttpServletRequest request) {
        return problem(refused, request.getRequestURI());
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> malformedJson(JacksonException malformed, HttpServletRequest request) {
        return problem(malformedJson(malformed), request.getRequestURI());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String path = request.getDescription(false).replaceFirst("^uri=", "");
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestRefused refused) {
                return problem(refused, path);
            }
            if (cause instanceof JacksonException malformed) {
                return problem(malformedJson(malformed), path);
            }
        }
        return problem(new RequestRefused(RequestRefused.Reason.MALFORMED, "unreadable-body", "Unreadable request body",
                "the request body is missing or cannot be read as JSON"), path);
    }

    /** A bug or an outage, not the caller's fault: say so, give an id to quote, log the details here. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure, HttpServletRequest request) throws Exception {
        if (failure instanceof org.springframework.web.ErrorResponse) {
            throw failure; // Spring's own (404, 405, 415...) are rendered by the base class
        }
        String errorId = ids.newId();
        log.error("request {} {} failed, error id {}", request.getMethod(), request.getRequestURI(), errorId, failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Sportello could not complete the request; nothing was changed unless the response said so."
                        + " Quote error id " + errorId + " to the operator.");
        problem.setType(URI.create("/problems/internal-error"));
        problem.setTitle("Internal error");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errorId", errorId);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static RequestRefused malformedJson(JacksonException malformed) {
        String detail = "malformed JSON";
        TokenStreamLocation location = malformed.getLocation();
        if (location != null && location.getLineNr() > 0) {
            detail += " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        String path = pointer(malformed.getPath());
        if (!path.isEmpty()) {
            detail += " (at " + path + ")";
        }
        detail += ": " + firstLine(malformed.getOriginalMessage());
        return new RequestRefused(RequestRefused.Reason.MALFORMED, "malformed-json", "Malformed JSON", detail,
                path.isEmpty() ? List.of() : List.of(new Violation(path, null, firstLine(malformed.getOriginalMessage()), null, null)));
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/').append(reference.getPropertyName() != null ? reference.getPropertyName() : reference.getIndex());
        }
        return pointer.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static ResponseEntity<Object> problem(RequestRefused refused, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refused.reason().status()), refused.detail());
        problem.setType(URI.create("/problems/" + refused.code()));
        problem.setTitle(refused.title());
        problem.setInstance(URI.create(path));
        if (!refused.violations().isEmpty()) {
            problem.setProperty("errors", refused.violations().stream().map(ApiProblems::error).toList());
        }
        log.debug("refused {}: {} ({} violations)", path, refused.code(), refused.violations().size());
        return ResponseEntity.status(refused.reason().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> error(Violation violation) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (violation.item() != null) {
            error.put("item", violation.item());
            error.put("id", violation.itemId());
        }
        if (violation.field() != null) {
            error.put("field", violation.field());
        }
        error.put("pointer", violation.pointer());
        error.put("detail", violation.detail());
        return error;
    }
}
