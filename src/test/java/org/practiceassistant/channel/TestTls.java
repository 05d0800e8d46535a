package org.practiceassistant.channel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for localhost, so a WireMock HTTPS server can stand in for the Entra login
 * authority (MSAL only talks to https authorities). Made once per build with the running JDK's keytool.
 */
final class TestTls {

    static final String PASSWORD = "changeit";
    private static Path keystore;

    private TestTls() {}

    static synchronized Path keystore() {
        if (keystore != null) {
            return keystore;
        }
        try {
            Path dir = Files.createDirectories(Paths.get("target", "test-tls"));
            Path file = dir.resolve("localhost-" + ProcessHandle.current().pid() + ".p12");
            Files.deleteIfExists(file);
            Path keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "localhost",
                    "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", file.toString(), "-storetype", "PKCS12",
                    "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            keystore = file.toAbsolutePath();
            return keystore;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Makes this JVM's HTTPS connections (MSAL's) trust the test certificate. */
    static synchronized void trustInThisJvm() {
        try (InputStream in = Files.newInputStream(keystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
        } catch (Exception e) {
            throw new IllegalStateException("could not trust the test certificate", e);
        }
    }
}
