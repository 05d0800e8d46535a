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
    private static Path truststore;

    private TestTls() {}

    static synchronized Path keystore() {
        if (keystore != null) {
            return keystore;
        }
        try {
            Path dir = Files.createDirectories(Paths.get("target", "test-tls")).toAbsolutePath();
            String name = "localhost-" + ProcessHandle.current().pid();
            Path keys = dir.resolve(name + "-keys.p12");
            Path cert = dir.resolve(name + ".cer");
            Path trust = dir.resolve(name + "-trust.p12");
            for (Path file : new Path[] {keys, cert, trust}) {
                Files.deleteIfExists(file);
            }
            keytool("-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keys.toString(),
                    "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-alias", "localhost", "-keystore", keys.toString(), "-storepass", PASSWORD,
                    "-file", cert.toString());
            keytool("-importcert", "-noprompt", "-alias", "localhost", "-file", cert.toString(), "-keystore",
                    trust.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
            keystore = keys;
            truststore = trust;
            return keystore;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A trust store holding only the test certificate (for {@code javax.net.ssl.trustStore}). */
    static synchronized Path truststore() {
        keystore();
        return truststore;
    }

    private static void keytool(String... arguments) throws IOException {
        Path keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool");
        String[] command = new String[arguments.length + 1];
        command[0] = keytool.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Makes this JVM's HTTPS connections (MSAL's) trust the test certificate. */
    static synchronized void trustInThisJvm() {
        try (InputStream in = Files.newInputStream(truststore())) {
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
