namespace MentorFlows.Workflows.Stores;

/// <summary>
/// How many records of each kind one erasure removed or stripped of personal data. <see cref="SurveyAnswers"/> came
/// later: receipts written before it read 0.
/// </summary>
public sealed record ErasedRecordCounts(int Participant, int Matches, int CheckInAnswers, int Concerns, int EmailCopies, int WorkflowHistories, int SurveyAnswers = 0);
