namespace MentorFlows.TableStorage.Gateway;

/// <summary>Why Azure Tables refused a write (HTTP status in brackets).</summary>
public enum TableWriteFailure
{
    /// <summary>An insert found the row already there (409, EntityAlreadyExists).</summary>
    RowExists,

    /// <summary>A replace or delete found no row (404, ResourceNotFound).</summary>
    RowMissing,

    /// <summary>A replace or delete found the row changed since it was read (412, UpdateConditionNotSatisfied).</summary>
    ETagChanged,
}
