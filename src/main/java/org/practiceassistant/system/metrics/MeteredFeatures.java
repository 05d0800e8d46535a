package org.practiceassistant.system.metrics;

import java.lang.reflect.Modifier;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.AskService;
import org.practiceassistant.channel.ConversationFeature;
import org.practiceassistant.channel.FeatureTurn;
import org.practiceassistant.channel.Reply;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts and times every question answered and every draft checked, whoever asks (the bot, the JSON API,
 * Draft), and counts guided mappings started and completed, by advising the {@link AskService},
 * {@link DraftChecker} and Draft's {@link ConversationFeature} beans: the features stay free of metrics
 * code, and only outcomes and durations are recorded, never a question, a draft or an answer.
 *
 * <p>The proxy is a subclass of the bean's own class (as Spring's {@code @Transactional} proxies are), so
 * whoever injects the concrete type still gets it. A final class cannot be subclassed, and an interface
 * proxy would break whoever injects the class itself: it is left alone, uncounted, with a warning.
 */
class MeteredFeatures implements BeanPostProcessor {

    /** The guided-mapping feature's {@link ConversationFeature#name()} (Draft). */
    static final String MAPPING_FEATURE = "draft";

    private static final Logger log = LoggerFactory.getLogger(MeteredFeatures.class);

    private final ObjectProvider<AssistantMetrics> metrics;

    MeteredFeatures(ObjectProvider<AssistantMetrics> metrics) {
        this.metrics = metrics;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return switch (bean) {
            case AskService ask -> advise(bean, this::timeQuestion);
            case DraftChecker checker -> advise(bean, this::timeCheck);
            case ConversationFeature<?> feature when MAPPING_FEATURE.equals(feature.name()) -> advise(bean, this::countMapping);
            default -> bean;
        };
    }

    private Object timeQuestion(MethodInvocation call) throws Throwable {
        long started = System.nanoTime();
        Object result = call.proceed();
        if (result instanceof AskResult answer) {
            metrics.getObject().questionAnswered(answer.found(), Duration.ofNanos(System.nanoTime() - started));
        }
        return result;
    }

    private Object timeCheck(MethodInvocation call) throws Throwable {
        long started = System.nanoTime();
        Object result = call.proceed();
        if (call.getArguments().length > 0 && call.getArguments()[0] instanceof DraftKind kind) {
            metrics.getObject().checkRun(kind, Duration.ofNanos(System.nanoTime() - started));
        }
        return result;
    }

    /**
     * A mapping starts with the feature's {@code start}; it is completed when its flow ends by handing over
     * a report (the finished statements and goals), not a note (cancelled, expired).
     */
    private Object countMapping(MethodInvocation call) throws Throwable {
        String method = call.getMethod().getName();
        if (method.equals("start")) {
            metrics.getObject().mappingStarted();
        }
        Object result = call.proceed();
        if ((method.equals("start") || method.equals("continueFlow")) && result instanceof FeatureTurn<?> turn
                && !turn.flowContinues() && turn.replies().stream().anyMatch(Reply.Report.class::isInstance)) {
            metrics.getObject().mappingCompleted();
        }
        return result;
    }

    private static Object advise(Object bean, MethodInterceptor counting) {
        if (Modifier.isFinal(bean.getClass().getModifiers())) {
            log.warn("{} is a final class, so its calls are not counted in the assistant's metrics", bean.getClass().getName());
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(counting);
        return proxy.getProxy(bean.getClass().getClassLoader());
    }
}
