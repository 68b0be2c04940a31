package org.maoni.search.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An after-commit listener of the search index, tracked by the event publication registry like every transactional
 * listener. It runs on the indexing executor, so a busy index never delays the other modules' listeners (the review
 * workflow's start among them), and outside any transaction: it only reads, and waiting for the index must not hold a
 * database connection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Async(SearchConfiguration.INDEXING_EXECUTOR)
@TransactionalEventListener
@interface IndexingListener {}
