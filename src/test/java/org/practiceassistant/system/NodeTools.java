package org.practiceassistant.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The Node.js tools some tests start (Azurite, dockerfile-ast), installed from the npm registry exactly
 * as {@code tools/node/package-lock.json} pins them, on first use. A fresh machine needs only Node.js.
 */
public final class NodeTools {

    public static final Path HOME = Path.of("tools", "node");

    private NodeTools() {}

    /** The path of a file inside an installed package, installing the tools first if needed. */
    public static synchronized Path file(String inNodeModules) {
        Path file = HOME.resolve("node_modules").resolve(inNodeModules);
        if (!Files.isRegularFile(file)) {
            install();
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing after npm ci in " + HOME);
        }
        return file;
    }

    private static void install() {
        File log = new File(System.getProperty("java.io.tmpdir"), "practice-assistant-npm-ci.log");
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(HOME.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + HOME + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run npm (is Node.js installed?) for " + HOME, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing " + HOME, e);
        }
    }
}
