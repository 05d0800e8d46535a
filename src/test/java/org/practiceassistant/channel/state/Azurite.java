package org.practiceassistant.channel.state;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.practiceassistant.system.Loopback;
import org.practiceassistant.system.NodeTools;

/**
 * Azurite, Microsoft's Azure Storage emulator, started for the tests on a free loopback port with its
 * data in memory, and stopped when they end. It comes from the npm registry ({@link NodeTools}).
 *
 * <p>One emulator serves a whole test run ({@link #shared()}); a test that needs the store down starts
 * and stops its own.
 */
public final class Azurite implements AutoCloseable {

    /** Azurite's published development account; its key is the emulator's well-known, public one. */
    private static final String ACCOUNT = "devstoreaccount1";
    private static final String ACCOUNT_KEY =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static Azurite shared;

    private final Process process;
    private final int port;

    private Azurite(int port) throws IOException {
        this.port = port;
        Path log = Files.createTempFile("azurite", ".log");
        process = new ProcessBuilder(List.of(
                "node", NodeTools.file("azurite/dist/src/blob/main.js").toString(),
                "--blobHost", "127.0.0.1", "--blobPort", Integer.toString(port),
                "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        awaitListening(log);
    }

    /** The emulator shared by all tests of this run, started on first use and stopped at JVM exit. */
    public static synchronized Azurite shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A new emulator of the caller's own, to stop whenever the test wants the store to fail. */
    public static Azurite start() {
        try {
            return start(Loopback.freePort());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Azurite", e);
        }
    }

    /** A new, empty emulator on {@code port} (to bring a store back where the application expects it). */
    public static Azurite start(int port) {
        try {
            return new Azurite(port);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Azurite", e);
        }
    }

    public String connectionString() {
        return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + ACCOUNT_KEY
            + ";BlobEndpoint=http://127.0.0.1:" + port + "/" + ACCOUNT + ";";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening(Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Azurite exited at start-up: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Loopback.pause(100);
            }
        }
        close();
        throw new IOException("Azurite did not listen on port " + port + " within 60 s: " + Files.readString(log));
    }

}
