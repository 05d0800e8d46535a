package org.practiceassistant.system.metrics;

import java.lang.reflect.Modifier;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.AskService;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts and times every question answered and every draft checked, whoever asks (the bot, the JSON API,
 * Draft), by advising the {@link AskService} and {@link DraftChecker} beans: the features stay free of
 * metrics code, and only outcomes and durations are recorded, never the question or the draft.
 *
 * <p>The proxy is a subclass of the bean's own class (as Spring's {@code @Transactional} proxies are), so
 * whoever injects the concrete type still gets it. A final class cannot be subclassed: its proxy
 * implements all of the bean's interfaces instead, so it can be injected by any of them (the usual way).
 */
class MeteredFeatures implements BeanPostProcessor {

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
        ProxyFactory proxy = new ProxyFactory(bean);
        // ProxyFactory(bean) lists the bean's interfaces; a final class gets an interface-based proxy.
        proxy.setProxyTargetClass(!Modifier.isFinal(bean.getClass().getModifiers()));
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
