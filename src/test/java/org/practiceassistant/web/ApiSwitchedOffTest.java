package org.practiceassistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With bot credentials and no {@code assistant.api.enabled}, the HTTP API answers nobody: users come through Teams. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.teams.app-id=11111111-2222-3333-4444-555555555555", "assistant.teams.app-password=secret", "assistant.teams.app-tenant-id=tenant-allowed"})
class ApiSwitchedOffTest {

    @LocalServerPort
    int port;

    @Test
    void askAndCheckAreRefusedWithAProblemBody() {
        for (String path : new String[] {"/api/ask", "/api/check"}) {
            HttpResponse<String> response = Http.postJson("http://localhost:" + port + path,
                    "{\"question\":\"what is a fire drill?\",\"kind\":\"plan\",\"text\":\"a plan\"}", "any.token.at-all");
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
            assertThat(response.body()).contains("switched off");
        }
    }
}
