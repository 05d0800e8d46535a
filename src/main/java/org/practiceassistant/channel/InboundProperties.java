package org.practiceassistant.channel;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which Bot Framework channels may send activities ({@code assistant.inbound.*}). Without credentials
 * (local mode) the local chat page's and the Agents Playground's {@code emulator} and {@code webchat}
 * are allowed as well.
 *
 * @param allowedChannels channel ids accepted; anything else is refused with 400 before the SDK sees it
 */
@ConfigurationProperties("assistant.inbound")
public record InboundProperties(@DefaultValue("msteams") List<String> allowedChannels) {

    public static final List<String> LOCAL_CHANNELS = List.of("emulator", "webchat");

    public InboundProperties {
        allowedChannels = allowedChannels.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
        if (allowedChannels.isEmpty()) {
            throw new IllegalArgumentException("assistant.inbound.allowed-channels must name at least one channel (msteams)");
        }
    }
}
