package org.maoni.support.elasticsearch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.maoni.support.RequiredSuites;

/**
 * Runs a test class against the real {@link ElasticsearchServer}, started once per test run and shared by every class
 * so annotated (constructor or method parameters of type {@link ElasticsearchServer} receive it). Where it cannot
 * start, the class is skipped with the reason, or fails when {@link RequiredSuites#required()} (CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfElasticsearch.Extension.class)
public @interface EnabledIfElasticsearch {

    /** The JUnit extension behind the annotation. */
    final class Extension implements ExecutionCondition, ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(ElasticsearchServer.class);

        /** The outcome of the one start attempt of this run: a server, or why there is none. */
        private record Outcome(ElasticsearchServer server, String problem)
                implements ExtensionContext.Store.CloseableResource {
            @Override
            public void close() {
                if (server != null) {
                    server.close();
                }
            }
        }

        private static Outcome outcome(ExtensionContext context) {
            return context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(
                            "server",
                            key -> {
                                try {
                                    return new Outcome(ElasticsearchServer.start(), null);
                                } catch (ElasticsearchServer.Unavailable e) {
                                    return new Outcome(null, e.getMessage());
                                }
                            },
                            Outcome.class);
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Outcome outcome = outcome(context);
            if (outcome.server() != null) {
                return ConditionEvaluationResult.enabled(
                        "Elasticsearch runs at " + outcome.server().uri());
            }
            if (RequiredSuites.required()) {
                throw new IllegalStateException(
                        "The Elasticsearch suite is required here (CI) but the server could not start: "
                                + outcome.problem());
            }
            return ConditionEvaluationResult.disabled("Skipped: Elasticsearch could not start: " + outcome.problem());
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ElasticsearchServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return outcome(context).server();
        }
    }
}
