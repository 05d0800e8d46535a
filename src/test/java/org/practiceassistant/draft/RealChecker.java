package org.practiceassistant.draft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.knowledge.KnowledgePackLoader;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The real checker and jargon list, built the way the application builds them (the check package's own
 * Spring configuration over knowledge/jargon.yaml), and the Draft feature over them and the real pack,
 * for tests and benchmarks that judge composed text.
 */
public final class RealChecker {

    static final KnowledgePack PACK = new KnowledgePackLoader().load(Path.of("knowledge"));
    private static final AnnotationConfigApplicationContext CONTEXT = start();

    public static final DraftChecker CHECKER = CONTEXT.getBean(DraftChecker.class);
    public static final JargonList JARGON = CONTEXT.getBean(JargonList.class);

    private RealChecker() {}

    private static AnnotationConfigApplicationContext start() {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(KnowledgePack.class, () -> PACK);
        context.registerBean(AssistantMetrics.class, AssistantMetrics::notPublished);
        context.scan("org.practiceassistant.check");
        context.refresh();
        return context;
    }

    /** Check's own feature, to read a document back as a worker attaching it to "check" would. */
    public static org.practiceassistant.conversation.ConversationFeature<?> checkFeature() {
        return CONTEXT.getBeansOfType(org.practiceassistant.conversation.ConversationFeature.class).values().stream()
                .filter(f -> f.name().equals("check")).findFirst().orElseThrow();
    }

    static JargonSpotter spotter() {
        return new JargonListSpotter(JARGON);
    }

    /** The Draft feature with the real pack, jargon list and checker, on a fixed clock. */
    public static DraftFeature draftFeature() {
        return draftFeature(AssistantMetrics.notPublished());
    }

    /** As {@link #draftFeature()}, counting its mappings in {@code metrics}. */
    static DraftFeature draftFeature(AssistantMetrics metrics) {
        var coach = new MappingCoach(new PackCoachGuidance(PACK),
                spotter(), CHECKER, new DraftSettings(1200, Duration.ofHours(2)));
        return new DraftFeature(coach, plan(), Clock.fixed(CoachFixtures.T0, ZoneOffset.UTC), metrics);
    }

    /** The plan writer laid out from the real pack's Child and Family Plan template. */
    static ChildAndFamilyPlan plan() {
        return new ChildAndFamilyPlan(PACK.template(DraftConfiguration.PLAN_TEMPLATE).orElseThrow());
    }

}
