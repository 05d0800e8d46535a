package org.practiceassistant.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.practiceassistant.system.NodeTools;

/**
 * deploy/Dockerfile as parsed and linted by dockerfile-ast / dockerfile-utils (npm; the parser behind
 * the VS Code Docker extension), since no container engine runs here.
 */
record Dockerfile(List<String> problems, List<Stage> stages, Map<String, String> env) {

    record Stage(String image, String name, List<Instruction> instructions) {
        List<String> args(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::args).toList();
        }
    }

    record Instruction(int line, String keyword, String args) {}

    static final Path PATH = Path.of("deploy", "Dockerfile");

    static Dockerfile parse() throws IOException, InterruptedException {
        NodeTools.file("dockerfile-utils/package.json");
        Process node = new ProcessBuilder("node", NodeTools.HOME.resolve("dockerfile-check.mjs").toString(), PATH.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        byte[] json = node.getInputStream().readAllBytes();
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new IllegalStateException("dockerfile-check.mjs failed on " + PATH);
        }
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> problems = new ArrayList<>();
        root.get("problems").forEach(p -> problems.add("line " + p.get("line").asInt() + ": " + p.get("message").asText()));
        List<Stage> stages = new ArrayList<>();
        for (JsonNode instruction : root.get("instructions")) {
            var parsed = new Instruction(instruction.get("line").asInt(), instruction.get("keyword").asText(),
                instruction.get("args").asText());
            if (parsed.keyword().equals("FROM")) {
                JsonNode from = root.get("stages").get(stages.size());
                stages.add(new Stage(from.get("image").asText(), from.get("name").asText(), new ArrayList<>()));
            }
            if (!stages.isEmpty()) {
                stages.getLast().instructions().add(parsed);
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        root.get("env").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        return new Dockerfile(problems, stages, env);
    }

    Stage runtime() {
        return stages.getLast();
    }

    Stage stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no stage named " + name));
    }
}
