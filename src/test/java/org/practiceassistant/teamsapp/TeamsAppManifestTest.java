package org.practiceassistant.teamsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft4;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Teams app manifest as the build ships it (deploy/teams/manifest.json with its placeholders filled
 * in, copied to target/teams-app by the build) against Microsoft's published schema.
 */
class TeamsAppManifestTest {

    static final Path SOURCE = Path.of("deploy/teams/manifest.json");
    /** The folder the build filled in (target/teams-app, or target/teams-app-BOT_ID when building for a bot). */
    static final Path BUILT = Path.of(System.getProperty("teams.app.dir", "target/teams-app"), "manifest.json");
    static final String SCHEMA = "/teams-schema/MicrosoftTeams.v1.30.schema.json";
    static final List<String> COMMANDS = List.of("help", "draft", "check", "cancel", "forget");

    static final JsonMapper json = JsonMapper.builder().build();
    static Schema schema;
    static ObjectNode manifest;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TeamsAppManifestTest.class.getResourceAsStream(SCHEMA)) {
            // The schema's patterns are ECMAScript regular expressions (for example [\b] inside a class),
            // which java.util.regex rejects: Joni reads them as JavaScript does.
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                    .build();
            // It says draft-04 but also uses "const" (draft-06), as Microsoft's own validator allows.
            Dialect draft4WithConst = Dialect.builder(Draft4.getInstance()).keyword(KeywordType.CONST).build();
            schema = SchemaRegistry.withDefaultDialect(draft4WithConst,
                    registry -> registry.schemaRegistryConfig(config)).getSchema(json.readTree(in));
        }
        assertThat(BUILT).as("the build copies the filled-in manifest here (generate-resources)").exists();
        manifest = (ObjectNode) json.readTree(BUILT.toFile());
    }

    @Test
    void shippedManifestIsValidAgainstTheTeamsSchema() {
        assertThat(schema.validate(manifest)).isEmpty();
        assertThat(manifest.path("manifestVersion").asString()).isEqualTo("1.30");
        assertThat(manifest.path("$schema").asString()).endsWith("/v1.30/MicrosoftTeams.schema.json");
    }

    @Test
    void theSchemaCatchesTheMistakesItShould() {
        assertThat(errorsAfter(m -> m.put("manifestVersion", "1.29"))).isNotEmpty();
        assertThat(errorsAfter(m -> bot(m).remove("botId"))).isNotEmpty();
        assertThat(errorsAfter(m -> bot(m).put("botId", "${{BOT_ID}}"))).isNotEmpty();
        assertThat(errorsAfter(m -> m.withObject("description").put("short", "x".repeat(81)))).isNotEmpty();
        assertThat(errorsAfter(m -> m.put("colour", "blue"))).isNotEmpty();
    }

    @Test
    void everyPlaceholderIsFilledInAndTheSourceKeepsThem() throws IOException {
        assertThat(Files.readString(BUILT)).doesNotContain("${{");
        assertThat(Files.readString(SOURCE)).contains("\"${{BOT_ID}}\"", "\"${{TEAMS_APP_ID}}\"", "${{BOT_DOMAIN}}");
        assertThat(bot(manifest).path("botId").asString()).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    }

    @Test
    void isAConversationalBotForPersonalTeamAndGroupChat() {
        ObjectNode bot = bot(manifest);
        assertThat(strings(bot.path("scopes"))).containsExactlyInAnyOrder("personal", "team", "groupChat");
        assertThat(bot.path("isNotificationOnly").asBoolean()).isFalse();
        assertThat(manifest.path("name").path("short").asString()).isEqualTo("Practice assistant");
        assertThat(strings(manifest.path("validDomains"))).isNotEmpty();
    }

    @Test
    void everyScopeListsTheCommandsAndPersonalChatHasPromptStarters() {
        List<JsonNode> lists = bot(manifest).path("commandLists").valueStream().toList();
        assertThat(lists.stream().flatMap(list -> strings(list.path("scopes")).stream()))
                .containsExactlyInAnyOrder("personal", "team", "groupChat");
        for (JsonNode list : lists) {
            assertThat(titles(list)).as("commands for %s", list.path("scopes")).containsAll(COMMANDS);
        }
        JsonNode personal = lists.stream().filter(l -> strings(l.path("scopes")).contains("personal")).findFirst().orElseThrow();
        assertThat(titles(personal).stream().filter(title -> title.endsWith("?"))).hasSizeGreaterThanOrEqualTo(3);
    }

    private static List<Error> errorsAfter(Consumer<ObjectNode> change) {
        ObjectNode copy = manifest.deepCopy();
        change.accept(copy);
        return schema.validate(copy);
    }

    private static ObjectNode bot(ObjectNode m) {
        return (ObjectNode) ((ArrayNode) m.get("bots")).get(0);
    }

    private static List<String> titles(JsonNode commandList) {
        return commandList.path("commands").valueStream().map(c -> c.path("title").asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
