package org.maoni;

import java.time.Clock;
import java.util.concurrent.ThreadPoolExecutor;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Application-wide beans that belong to no single module. */
@Configuration
class MaoniConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Runs the modules' after-commit event listeners ({@code @ApplicationModuleListener}). Without a bean of this name
     * Spring falls back to a new thread per event (Camunda's executor makes Boot's own back off): a burst of memoranda
     * then starts as many threads, all queuing for database connections. A full queue runs the listener on the
     * publishing thread, which slows intake down instead of dropping work; the event publication registry keeps every
     * event until its listener completed, so nothing queued is lost in a crash.
     */
    @Bean(name = "taskExecutor", destroyMethod = "shutdown")
    ThreadPoolTaskExecutor taskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("maoni-event-");
        executor.setCorePoolSize(8);
        executor.setMaxPoolSize(8);
        executor.setQueueCapacity(10_000);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }

    /** Housekeeping for the embedded H2 file (see {@link H2FileCompaction}); PostgreSQL needs none. */
    @Bean
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
    H2FileCompaction h2FileCompaction(DataSource dataSource) {
        return new H2FileCompaction(dataSource, 1_000);
    }
}
