package org.practiceassistant.channel;

import com.microsoft.bot.connector.ExecutorFactory;
import java.lang.reflect.Field;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
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
 * <p>The fix swaps the SDK's pool for one whose threads carry the application's class loader. The SDK is
 * frozen (4.14.3, archived), so the private field it reads will not move.
 */
final class SdkThreadsClassLoaderFix {

    private static final Logger log = LoggerFactory.getLogger(SdkThreadsClassLoaderFix.class);

    private SdkThreadsClassLoaderFix() {}

    /** Installs the pool once; later calls do nothing. */
    static synchronized void install() {
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
