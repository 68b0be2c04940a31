package org.maoni.review.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.ScreeningFlag;
import org.springframework.stereotype.Component;

/** {@code Task_Screen}: screens the memorandum and sets {@code flagged} (and the flag kinds in {@code flags}). */
@Component(ProcessIds.BEAN_SCREEN)
class ScreenDelegate implements JavaDelegate {

    private final MemorandumReview review;

    ScreenDelegate(MemorandumReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<ScreeningFlag> flags = review.screen(ProcessVariables.reference(execution));
        execution.setVariable(ProcessIds.VAR_FLAGGED, !flags.isEmpty());
        // Kinds only, as text: the moderator reads the details from the memorandum itself.
        execution.setVariable(
                ProcessIds.VAR_FLAGS,
                flags.stream().map(f -> f.kind().name()).distinct().collect(Collectors.joining(",")));
    }
}
