namespace MentorFlows.TableStorage.Gateway;

/// <summary>What a <see cref="TableWrite"/> does (Azure's <c>TableTransactionActionType</c>, less the merges: every write here replaces whole rows).</summary>
public enum TableWriteKind
{
    /// <summary>Adds the row; fails with <see cref="TableWriteFailure.RowExists"/> when one with the keys exists (Add).</summary>
    Insert,

    /// <summary>Adds or replaces the row (UpsertReplace).</summary>
    Upsert,

    /// <summary>Replaces an existing row; <see cref="TableWriteFailure.RowMissing"/> or <see cref="TableWriteFailure.ETagChanged"/> otherwise (UpdateReplace).</summary>
    Replace,

    /// <summary>Deletes an existing row; <see cref="TableWriteFailure.RowMissing"/> or <see cref="TableWriteFailure.ETagChanged"/> otherwise (Delete).</summary>
    Delete,
}
