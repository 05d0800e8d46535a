package org.practiceassistant.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request the security chain's firewall refuses before anything else runs (a method no endpoint takes, such as
 * {@code BREW}, or an address it will not read) gets a problem body like every other refusal, not Spring Boot's error
 * JSON. The firewall's reason is not repeated: it can quote the request.
 */
@Component
class RejectedRequestProblem implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        Problems.write(response, HttpStatus.BAD_REQUEST,
                "The request could not be read: its method or address is not one this service answers.");
    }
}
