package org.practiceassistant.system;

import java.io.IOException;
import java.net.ServerSocket;

/** Small helpers for tests that start servers on this machine's loopback interface. */
public final class Loopback {

    private Loopback() {}

    /** A port nothing listens on right now, for a server a test is about to start. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits a little while polling for a server to come up; an interrupt ends the wait early. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
