package org.practiceassistant.system.metrics;

import java.lang.reflect.Modifier;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.AskService;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts and times every question answered and every draft checked, whoever asks (the bot, the JSON API,
 * Draft), by advising the {@link AskService} and {@link DraftChecker} beans: the features stay free of
 * metrics code, and only outcomes and durations are recorded, never the question or the draft.
 *
 * <p>The proxy is a subclass of the bean's own class (as Spring's {@code @Transactional} proxies are), so
 * whoever injects the concrete type still gets it. A final class cannot be subclassed, and an interface
 * proxy would break whoever injects the class itself: it is left alone, uncounted, with a warning.
 */
class MeteredFeatures implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(MeteredFeatures.class);

    private final ObjectProvider<AssistantMetrics> metrics;

    MeteredFeatures(ObjectProvider<AssistantMetrics> metrics) {
        this.metrics = metrics;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AskService) {
            return advise(bean, "ask", (invocation, nanos) -> {
                if (invocation instanceof AskResult result) {
                    metrics.getObject().questionAnswered(result.found(), Duration.ofNanos(nanos));
                }
            });
        }
        if (bean instanceof DraftChecker) {
            return advise(bean, "check", (arguments, nanos) -> { });
        }
        return bean;
    }

    @FunctionalInterface
    private interface Record {
        void done(Object result, long nanos);
    }

    private Object advise(Object bean, String method, Record record) {
        if (Modifier.isFinal(bean.getClass().getModifiers())) {
            log.warn("{} is a final class, so its calls are not counted in the assistant's metrics", bean.getClass().getName());
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (!invocation.getMethod().getName().equals(method)) {
                return invocation.proceed();
            }
            long started = System.nanoTime();
            Object result = invocation.proceed();
            long nanos = System.nanoTime() - started;
            if (invocation.getArguments().length > 0 && invocation.getArguments()[0] instanceof DraftKind kind) {
                metrics.getObject().checkRun(kind, Duration.ofNanos(nanos));
            } else {
                record.done(result, nanos);
            }
            return result;
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }
}
