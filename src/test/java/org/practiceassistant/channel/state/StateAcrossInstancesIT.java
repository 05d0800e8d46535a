package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceassistant.system.BotClient;
import org.practiceassistant.system.PackagedApp;

/**
 * A guided mapping held in Azure Blob Storage (Azurite) survives what production does to it: the
 * application restarting in the middle, and the next turns landing on another instance. The same script
 * run in one uninterrupted instance is the yardstick: every reply must be the same, turn by turn. Had
 * any step been forgotten, the next answer would have gone to Ask or started afresh, and differed.
 */
class StateAcrossInstancesIT {

    private static final List<String> SCRIPT = List.of(
        "draft",
        "3",
        "Ella, 4",
        "Dad has hit Mum three times since March when he had been drinking; Ella saw it twice and the worst time, "
            + "on 2 May, she hid under the table.",
        // --- the application restarts here ---
        "Dad drinks most weekends and blames Mum for the fights.",
        "Mum called the police on 2 May and Grandma Jean has collected Ella from nursery every day since.",
        // --- from here on, turns alternate between two instances sharing the store ---
        "The social worker and the nursery are worried that Ella will be hurt when Dad is angry and will grow up "
            + "frightened at home.",
        "Mum, Grandma Jean and Aunt Sara",
        "Mum will not let Dad in when he has been drinking and will phone Grandma Jean if he comes round; "
            + "Grandma Jean will call Mum every evening at 7.",
        "Ella will feel safe at home and sleep in her own bed.");

    private static final int RESTART_BEFORE = 4;
    private static final int SECOND_INSTANCE_FROM = 6;

    @Test
    void aMappingResumesAfterARestartAndContinuesOnAnotherInstance() throws Exception {
        List<String> uninterrupted = new ArrayList<>();
        try (PackagedApp control = PackagedApp.jarApp().start();
             BotClient bot = new BotClient(control.uri("/api/messages"), "http://127.0.0.1:9/unused")) {
            var conversation = BotClient.Conversation.newOne();
            for (String message : SCRIPT) {
                uninterrupted.add(BotClient.textOf(bot.say(conversation, message)));
            }
        }
        assertThat(uninterrupted.get(RESTART_BEFORE)).as("the script is in a mapping by the restart")
            .isNotEqualTo(uninterrupted.get(0));

        String container = "state-" + UUID.randomUUID();
        List<String> interrupted = new ArrayList<>();
        try (PackagedApp first = blobApp(container); PackagedApp second = blobApp(container);
             BotClient viaFirst = new BotClient(first.uri("/api/messages"), "http://127.0.0.1:9/unused");
             BotClient viaSecond = new BotClient(second.uri("/api/messages"), "http://127.0.0.1:9/unused")) {
            var conversation = BotClient.Conversation.newOne();
            for (int turn = 0; turn < SCRIPT.size(); turn++) {
                if (turn == RESTART_BEFORE) {
                    first.restart();
                }
                BotClient instance = turn >= SECOND_INSTANCE_FROM && turn % 2 == 0 ? viaSecond : viaFirst;
                interrupted.add(BotClient.textOf(instance.say(conversation, SCRIPT.get(turn))));
            }
        }

        for (int turn = 0; turn < SCRIPT.size(); turn++) {
            assertThat(interrupted.get(turn)).as("reply to turn %d (%s)", turn + 1, SCRIPT.get(turn))
                .isEqualTo(uninterrupted.get(turn));
        }
    }

    private static PackagedApp blobApp(String container) {
        return PackagedApp.jarApp()
            .property("assistant.state.store", "blob")
            .property("assistant.state.blob.connection-string", Azurite.shared().connectionString())
            .property("assistant.state.blob.container", container)
            .start();
    }
}
