namespace MentorFlows.TableStorage.Gateway;

/// <summary>
/// A transaction was refused because one write's condition failed; nothing of it was applied. The message names the
/// table, the failure and the write's index, never a key (keys hold student ids).
/// </summary>
public sealed class TableWriteRejectedException : Exception
{
    public TableWriteRejectedException(TableWriteFailure failure, int writeIndex, Exception? innerException = null)
        : base($"A table write was refused ({failure}, write #{writeIndex} of its transaction).", innerException)
    {
        Failure = failure;
        WriteIndex = writeIndex;
    }

    public TableWriteRejectedException()
        : this(TableWriteFailure.ETagChanged, 0)
    {
    }

    public TableWriteRejectedException(string message)
        : base(message)
    {
    }

    public TableWriteRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TableWriteFailure Failure { get; }

    /// <summary>The index of the refused write in the submitted list (0 for a single write).</summary>
    public int WriteIndex { get; }
}
