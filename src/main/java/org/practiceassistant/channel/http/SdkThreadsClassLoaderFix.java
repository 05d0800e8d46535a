package org.practiceassistant.channel.http;

import com.microsoft.bot.connector.ExecutorFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.practiceassistant.channel.turn.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the Bot Framework SDK's worker threads see the application's classes.
 *
 * <p>Why: the SDK validates tokens and sends replies on its own {@link ForkJoinPool}
 * ({@link ExecutorFactory}), and the rest of the turn continues on those threads. Their context class
 * loader is the system class loader, and the SDK builds its Jackson mappers there with
 * {@code new ObjectMapper().findAndRegisterModules()}, which finds modules through the context class
 * loader. In the packaged application ({@code java -jar}) the system class loader sees only the outer
 * jar, not the nested library jars, so those mappers lack the {@code java.time} module and conversation
 * state fails with "Java 8 date/time type ... not supported". On a flat test class path all is visible,
 * so only a test of the packaged jar shows it ({@code PackagedApplicationIT}).
 *
 * <p>The failure can be silent: the SDK's {@code BotState} hashes the state with such a mapper to see
 * whether it changed, swallows the error, and from the second turn on treats every change as
 * "unchanged", so it is never saved (bot-dialogs fails loudly instead). The bot now keeps its state
 * through {@link ConversationStore}, but other SDK code still builds mappers this way.
 *
 * <p>The fix swaps the SDK's pool for one whose threads carry the application's class loader. The SDK is
 * frozen (4.14.3, archived), so the private field it reads will not move.
 */
public final class SdkThreadsClassLoaderFix {

    private static final Logger log = LoggerFactory.getLogger(SdkThreadsClassLoaderFix.class);

    private SdkThreadsClassLoaderFix() {}

    /**
     * Installs the pool (once; later calls do nothing), then proves it on one of the SDK's own threads:
     * a mapper built there the SDK's way must write a {@code java.time} value. If it cannot, the
     * application stops at start-up with this explanation rather than losing state later: the SDK
     * swallows the error when it hashes conversation state, and a changed state is then silently not saved.
     */
    public static synchronized void installAndVerify() {
        install();
        try {
            CompletableFuture.supplyAsync(SdkThreadsClassLoaderFix::writeTimeTheSdkWay, ExecutorFactory.getExecutor())
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The Bot Framework SDK's threads cannot find Jackson's java.time module, "
                    + "so conversation state would not be saved: " + Failures.rootCause(e).getClass().getName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the SDK's threads", e);
        }
    }

    private static String writeTimeTheSdkWay() {
        try {
            return new ObjectMapper().findAndRegisterModules().writeValueAsString(OffsetDateTime.now());
        } catch (JsonProcessingException e) {
            throw new CompletionException(e);
        }
    }

    private static void install() {
        ClassLoader applicationLoader = SdkThreadsClassLoaderFix.class.getClassLoader();
        try {
            Field field = ExecutorFactory.class.getDeclaredField("executor");
            field.setAccessible(true);
            ExecutorService current = (ExecutorService) field.get(null);
            if (current instanceof ForkJoinPool pool && pool.getFactory() instanceof ApplicationLoaderThreads) {
                return;
            }
            int parallelism = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
            field.set(null, new ForkJoinPool(parallelism, new ApplicationLoaderThreads(applicationLoader), null, false));
            current.shutdown();
            log.debug("Bot Framework worker threads now use the application class loader");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Could not give the Bot Framework SDK's threads the application class loader", e);
        }
    }

    private record ApplicationLoaderThreads(ClassLoader loader) implements ForkJoinPool.ForkJoinWorkerThreadFactory {
        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            worker.setName("Bot-" + worker.getPoolIndex());
            worker.setContextClassLoader(loader);
            return worker;
        }
    }
}
