package org.practiceassistant.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.system.PackagedApp;

/**
 * Looks into the application's heap from outside, with the JDK's {@code jcmd}: the live objects per
 * class after a full collection ({@code GC.class_histogram} collects first), so two snapshots taken
 * after identical runs show what the application kept, class by class.
 */
final class HeapProbe {

    /** " 12:   3456   789012  java.lang.String (java.base@25)" */
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private final Path jcmd = Path.of(PackagedApp.javaCommand()).resolveSibling("jcmd");
    private final long pid;

    HeapProbe(long pid) {
        this.pid = pid;
    }

    /** Live objects per class name, right after a full GC. */
    Snapshot liveObjects() throws IOException, InterruptedException {
        Map<String, Usage> byClass = new HashMap<>();
        for (String line : jcmd("GC.class_histogram")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                byClass.merge(row.group(3), new Usage(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))), Usage::plus);
            }
        }
        return new Snapshot(byClass);
    }

    /** Every line {@code jcmd <pid> command} printed. */
    List<String> jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + command + " failed: " + out);
        }
        return out.lines().toList();
    }

    record Usage(long instances, long bytes) {
        Usage plus(Usage other) {
            return new Usage(instances + other.instances, bytes + other.bytes);
        }
    }

    record Snapshot(Map<String, Usage> byClass) {

        long totalBytes() {
            return byClass.values().stream().mapToLong(Usage::bytes).sum();
        }

        /** The classes whose live bytes grew most since {@code before}, one line each. */
        String growthSince(Snapshot before, int top) {
            StringBuilder lines = new StringBuilder();
            byClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new Usage(
                    e.getValue().instances() - before.byClass.getOrDefault(e.getKey(), new Usage(0, 0)).instances(),
                    e.getValue().bytes() - before.byClass.getOrDefault(e.getKey(), new Usage(0, 0)).bytes())))
                .sorted(Comparator.comparingLong((Map.Entry<String, Usage> e) -> e.getValue().bytes()).reversed())
                .limit(top)
                .forEach(e -> lines.append(String.format(Locale.ROOT, "      %+10.1f KB %+9d  %s%n",
                    e.getValue().bytes() / 1024.0, e.getValue().instances(), e.getKey())));
            return lines.toString();
        }
    }
}
