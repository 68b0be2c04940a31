package org.maoni.review.internal;

import java.util.List;

/**
 * Every id the BPMN models in {@code bpmn/} and the Java code share: process keys, element ids, message names, variable
 * names, candidate groups and delegate bean names. A test checks each one against the deployed models.
 */
public final class ProcessIds {

    private ProcessIds() {}

    // Memorandum review: business key is the memorandum reference.
    public static final String MEMORANDUM_REVIEW = "MemorandumReviewProcess";
    public static final String START_MEMORANDUM_RECEIVED = "StartEvent_MemorandumReceived";
    public static final String GATEWAY_FILES_TO_READ = "Gateway_FilesToRead";
    public static final String TASK_EXTRACT_TEXT = "Task_ExtractText";
    public static final String TASK_READ_TEXT = "Task_ReadText";
    public static final String GATEWAY_TEXT_READ = "Gateway_TextRead";
    public static final String TASK_SCREEN = "Task_Screen";
    public static final String GATEWAY_FLAGGED = "Gateway_Flagged";
    public static final String TASK_MODERATE = "Task_Moderate";
    public static final String GATEWAY_SET_ASIDE = "Gateway_SetAside";
    public static final String TASK_SET_ASIDE = "Task_SetAside";
    public static final String END_SET_ASIDE = "End_SetAside";
    public static final String TASK_SEND_RECEIPT = "Task_SendReceipt";
    public static final String SUB_PROCESS_REVIEW = "SubProcess_Review";
    public static final String TASK_TRIAGE = "Task_Triage";
    public static final String TASK_DECIDE_PROPOSALS = "Task_DecideProposals";
    public static final String TIMER_RESPONSE_DUE = "Timer_ResponseDue";
    public static final String TASK_MARK_OVERDUE = "Task_MarkOverdue";
    public static final String TASK_ESCALATE = "Task_Escalate";
    public static final String END_ESCALATED = "End_Escalated";
    public static final String TASK_PUBLISH_RESPONSE = "Task_PublishResponse";
    public static final String END_RESPONDED = "End_Responded";
    public static final String SUB_PROCESS_WITHDRAWN = "SubProcess_Withdrawn";
    public static final String START_MEMORANDUM_WITHDRAWN = "StartEvent_MemorandumWithdrawn";
    public static final String END_WITHDRAWN = "End_Withdrawn";
    public static final String MESSAGE_MEMORANDUM_WITHDRAWN = "Message_MemorandumWithdrawn";

    /** The steps of a memorandum's review in the order the status page lists them. */
    public static final List<String> MEMORANDUM_STEPS = List.of(
            TASK_EXTRACT_TEXT,
            TASK_SCREEN,
            TASK_MODERATE,
            TASK_SET_ASIDE,
            TASK_SEND_RECEIPT,
            TASK_TRIAGE,
            TASK_DECIDE_PROPOSALS,
            TASK_MARK_OVERDUE,
            TASK_ESCALATE,
            TASK_PUBLISH_RESPONSE);

    // Bill participation: business key is the call id.
    public static final String BILL_PARTICIPATION = "BillParticipationProcess";
    public static final String START_CALL_OPENED = "StartEvent_CallOpened";
    public static final String GATEWAY_AWAIT_WINDOW = "Gateway_AwaitWindow";
    public static final String TIMER_WINDOW_CLOSES = "Timer_WindowCloses";
    public static final String EVENT_WINDOW_EXTENDED = "Event_WindowExtended";
    public static final String TASK_CLOSE_WINDOW = "Task_CloseWindow";
    public static final String GATEWAY_WINDOW_CLOSED = "Gateway_WindowClosed";
    public static final String TASK_CONSOLIDATE_SUBMISSIONS = "Task_ConsolidateSubmissions";
    public static final String TASK_ADOPT_REPORT = "Task_AdoptReport";
    public static final String TASK_PUBLISH_REPORT = "Task_PublishReport";
    public static final String END_REPORT_PUBLISHED = "End_ReportPublished";
    public static final String SUB_PROCESS_BILL_WITHDRAWN = "SubProcess_BillWithdrawn";
    public static final String START_BILL_WITHDRAWN = "StartEvent_BillWithdrawn";
    public static final String END_BILL_WITHDRAWN = "End_BillWithdrawn";
    public static final String MESSAGE_EXTEND_WINDOW = "Message_ExtendWindow";
    public static final String MESSAGE_WITHDRAW_BILL = "Message_WithdrawBill";

    // Drafting the next version: business key is "<bill id>/<draft number>".
    public static final String DRAFTING = "DraftingProcess";
    public static final String START_DRAFT_STARTED = "StartEvent_DraftStarted";
    public static final String GATEWAY_DRAFTING = "Gateway_Drafting";
    public static final String TASK_DRAFT_VERSION = "Task_DraftVersion";
    public static final String GATEWAY_DRAFT_SUBMITTED = "Gateway_DraftSubmitted";
    public static final String END_DRAFT_DISCARDED = "End_DraftDiscarded";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
    public static final String GATEWAY_LEGAL_CLEARED = "Gateway_LegalCleared";
    public static final String TASK_APPROVE_DRAFT = "Task_ApproveDraft";
    public static final String GATEWAY_DRAFT_APPROVED = "Gateway_DraftApproved";
    public static final String TASK_PUBLISH_DRAFT = "Task_PublishDraft";
    public static final String END_DRAFT_PUBLISHED = "End_DraftPublished";

    // Process variables.
    public static final String VAR_REFERENCE = "reference";
    public static final String VAR_BILL_ID = "billId";
    public static final String VAR_VERSION = "version";
    public static final String VAR_RESPONSE_DUE = "responseDue";
    public static final String VAR_FLAGGED = "flagged";
    public static final String VAR_FILES_TO_READ = "filesToRead";
    public static final String VAR_FLAGS = "flags";
    public static final String VAR_SET_ASIDE = "setAside";
    public static final String VAR_MODERATION_NOTE = "moderationNote";
    public static final String VAR_ESCALATION_NOTE = "escalationNote";
    public static final String VAR_CALL_ID = "callId";
    public static final String VAR_CLOSES_AT = "closesAt";
    public static final String VAR_WINDOW_CLOSED = "windowClosed";
    public static final String VAR_DRAFT = "draft";
    public static final String VAR_DISCARDED = "discarded";
    public static final String VAR_CLEARED = "cleared";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_APPROVED_BY = "approvedBy";
    public static final String VAR_RETURN_NOTE = "returnNote";

    // Candidate groups (Maoni roles map onto them: CLERK to clerks, COMMITTEE to committee; ADMIN works on all).
    public static final String GROUP_CLERKS = "clerks";
    public static final String GROUP_COMMITTEE = "committee";

    // Spring beans named by camunda:delegateExpression in the models.
    public static final String BEAN_EXTRACT_TEXT = "extractTextDelegate";
    public static final String BEAN_SCREEN = "screenDelegate";
    public static final String BEAN_SET_ASIDE = "setAsideDelegate";
    public static final String BEAN_SEND_RECEIPT = "sendReceiptDelegate";
    public static final String BEAN_MARK_OVERDUE = "markOverdueDelegate";
    public static final String BEAN_PUBLISH_RESPONSE = "publishResponseDelegate";
    public static final String BEAN_ENTER_STEP = "enterStepListener";
    public static final String BEAN_CLOSE_WINDOW = "closeWindowDelegate";
    public static final String BEAN_PUBLISH_REPORT = "publishReportDelegate";
    public static final String BEAN_DRAFT_STEP = "draftStepListener";
    public static final String BEAN_PUBLISH_DRAFT = "publishDraftDelegate";
}
