package org.practiceassistant.draft;

import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.JargonList;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The real checker and jargon list, built the way the application builds them (the check package's own
 * Spring configuration over knowledge/jargon.yaml), for tests that judge composed text.
 */
final class RealChecker {

    private static final AnnotationConfigApplicationContext CONTEXT = start();

    static final DraftChecker CHECKER = CONTEXT.getBean(DraftChecker.class);
    static final JargonList JARGON = CONTEXT.getBean(JargonList.class);

    private RealChecker() {}

    private static AnnotationConfigApplicationContext start() {
        var context = new AnnotationConfigApplicationContext();
        context.scan("org.practiceassistant.check");
        context.refresh();
        return context;
    }

    static JargonSpotter spotter() {
        return new JargonListSpotter(JARGON);
    }

}
