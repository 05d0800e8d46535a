package org.practiceassistant.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A client that asks before sending a body ({@code Expect: 100-continue}) is told "go on" only when the application
 * reads the body. Tomcat's default answers 100 as soon as the headers arrive, so a client whose body is over
 * {@code assistant.web.max-body-size} was told to send it, then sent megabytes into a connection the size check had
 * already closed, and never heard the 413 (seen under load: eight 60 MB uploads, eight broken pipes). With the
 * answer delayed, the size check refuses on the declared length and the client hears 413 without sending the body.
 */
@Component
class ContinueOnlyWhenRead implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (!connector.setProperty("continueResponseTiming", "onRead")) {
                throw new IllegalStateException("Tomcat no longer accepts continueResponseTiming");
            }
        });
    }
}
