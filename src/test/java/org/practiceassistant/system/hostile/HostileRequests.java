package org.practiceassistant.system.hostile;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Request bodies a stranger or a broken client sends to the three endpoints, drawn from a {@link Random}
 * so a run can be replayed from its seed: arbitrary UTF-16 (lone surrogates, controls, NUL), wrong JSON
 * types, deep nesting, truncated and non-JSON bodies, activities with nulls where lists belong, odd type
 * spellings, foreign channels and service URLs, forged card data and attachments pointing anywhere.
 */
public final class HostileRequests {

    /** One request: the path, the body, and what it exercised (for the failure message). */
    public record Request(String path, String body, String what) {
        @Override
        public String toString() {
            // Synthetic bodies, no case text: shown escaped so a failure can be read and replayed.
            String shown = json(body);
            return what + " -> " + path + " (" + body.length() + " chars): "
                    + (shown.length() > 600 ? shown.substring(0, 600) + "..." : shown);
        }
    }

    private static final List<String> TYPES = List.of("message", "Message", "MESSAGE", "invoke", "conversationUpdate",
            "installationUpdate", "event", "typing", "messageReaction", "endOfConversation", "", " ", "m\u0000essage");
    private static final List<String> KINDS = List.of("statement", "goal", "plan", "danger-statement", "PLAN", "", "x");
    private static final List<String> INVOKES = List.of("adaptiveCard/action", "task/fetch", "composeExtension/query", "");

    private HostileRequests() {}

    /** Any text: every UTF-16 unit is possible, lone surrogates and controls included; sometimes long. */
    public static String text(Random random) {
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 2_000 + random.nextInt(20_000);
            default -> random.nextInt(200);
        };
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(8)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) (0xD800 + random.nextInt(0x800));
                case 2 -> (char) random.nextInt(0x10000);
                default -> (char) ('a' + random.nextInt(26));
            });
        }
        return text.toString();
    }

    public static Request ask(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> new Request("/api/ask", text(random), "not JSON");
            case 1 -> new Request("/api/ask", "{\"question\":" + value(random, 0) + "}", "question of any JSON type");
            case 2 -> new Request("/api/ask", "[".repeat(2_000 + random.nextInt(5_000)), "deep nesting");
            case 3 -> new Request("/api/ask", "{\"question\":" + json(text(random)) + ",\"limit\":" + value(random, 0) + "}", "any limit");
            case 4 -> new Request("/api/ask", "{\"question\":" + json(text(random)), "truncated");
            default -> new Request("/api/ask", "{\"question\":" + json(text(random)) + "}", "any question");
        };
    }

    public static Request check(Random random) {
        String kind = random.nextInt(4) == 0 ? text(random) : KINDS.get(random.nextInt(KINDS.size()));
        return switch (random.nextInt(6)) {
            case 0 -> new Request("/api/check", text(random), "not JSON");
            case 1 -> new Request("/api/check", "{\"kind\":" + value(random, 0) + ",\"text\":" + value(random, 0) + "}", "fields of any JSON type");
            case 2 -> new Request("/api/check", "{\"kind\":\"plan\",\"text\":" + json(planLike(random)) + "}", "plan-shaped text");
            default -> new Request("/api/check", "{\"kind\":" + json(kind) + ",\"text\":" + json(text(random)) + "}", "any draft");
        };
    }

    /** An activity for {@code /api/messages}; {@code serviceUrl} is where replies should go (the test's connector). */
    public static Request activity(Random random, String serviceUrl) {
        if (random.nextInt(12) == 0) {
            return new Request("/api/messages", text(random), "not JSON");
        }
        String type = random.nextInt(6) == 0 ? text(random) : TYPES.get(random.nextInt(TYPES.size()));
        StringBuilder a = new StringBuilder("{");
        a.append("\"type\":").append(json(type));
        a.append(",\"id\":").append(random.nextInt(10) == 0 ? json(text(random)) : json("act-" + UUID.randomUUID()));
        a.append(",\"channelId\":").append(json(random.nextInt(10) == 0 ? text(random) : "msteams"));
        a.append(",\"serviceUrl\":").append(json(random.nextInt(10) == 0 ? "http://169.254.169.254/" : serviceUrl));
        a.append(",\"timestamp\":").append(random.nextInt(10) == 0 ? json(text(random)) : "\"2026-12-04T10:00:00Z\"");
        // A user of its own each (not drawn from the seed, so a seed replays as before): the per-user rate limit, on in the
        // packaged run, answers a flood from one user; this mix is about what the turns hold.
        a.append(",\"from\":{\"id\":").append(json("29:hostile-" + UUID.randomUUID())).append(",\"name\":").append(json(text(random)))
                .append("}");
        a.append(",\"recipient\":{\"id\":\"28:bot\"}");
        a.append(",\"conversation\":{\"id\":").append(json("a:hostile-" + UUID.randomUUID())).append(",\"conversationType\":\"personal\"}");
        a.append(",\"text\":").append(json(random.nextInt(5) == 0 ? "check " + text(random) : text(random)));
        if (random.nextBoolean()) {
            a.append(",\"entities\":[null,{\"type\":\"mention\",\"text\":").append(json(text(random)))
                    .append(",\"mentioned\":{\"id\":\"28:bot\"}}]");
        }
        if (random.nextBoolean()) {
            a.append(",\"attachments\":[null,{\"contentType\":\"application/vnd.microsoft.teams.file.download.info\",\"name\":")
                    .append(json(text(random))).append(",\"content\":{\"downloadUrl\":")
                    .append(json(random.nextBoolean() ? "http://127.0.0.1:1/x.docx" : "file:///etc/passwd"))
                    .append(",\"fileType\":\"docx\"}}]");
        }
        if (random.nextBoolean()) {
            a.append(",\"membersAdded\":[null,{\"id\":\"29:hostile\"}],\"membersRemoved\":[null]");
        }
        if (random.nextInt(4) == 0) {
            a.append(",\"value\":").append(cardValue(random));
        }
        if (random.nextInt(6) == 0) {
            a.append(",\"name\":").append(json(INVOKES.get(random.nextInt(INVOKES.size()))));
        }
        return new Request("/api/messages", a.append("}").toString(), "activity of type " + type.length() + " chars");
    }

    private static String cardValue(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "{\"action\":\"rate\",\"passages\":" + json(text(random)) + ",\"vote\":\"helpful\",\"question\":"
                    + json(text(random)) + ",\"comment\":" + json(text(random)) + "}";
            case 1 -> "{\"action\":\"ask\",\"question\":" + value(random, 0) + "}";
            case 2 -> "{\"action\":\"feature\",\"feature\":\"check\",\"choice\":" + json(text(random)) + ",\"text\":" + json(text(random)) + "}";
            default -> value(random, 0);
        };
    }

    private static String planLike(Random random) {
        StringBuilder plan = new StringBuilder("Danger statement\n");
        int lines = random.nextInt(300);
        for (int i = 0; i < lines; i++) {
            plan.append(random.nextBoolean() ? "| who | what | when |\n" : text(random)).append('\n');
        }
        return plan.toString();
    }

    /** Any JSON value, nested a little. */
    private static String value(Random random, int depth) {
        return switch (depth > 3 ? random.nextInt(5) : random.nextInt(7)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextBoolean());
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> String.valueOf(random.nextDouble() * 1e300);
            case 4 -> json(text(random));
            case 5 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
            default -> "{" + json(text(random)) + ":" + value(random, depth + 1) + "}";
        };
    }

    /** A JSON string literal; every unit outside printable ASCII escaped, so lone surrogates arrive as such. */
    public static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
