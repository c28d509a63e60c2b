namespace MentorFlows.TableStorage.Mapping;

/// <summary>An entity does not hold what its store expects, or a record does not fit Azure's limits. The message names properties, never values.</summary>
public sealed class TableDataException : Exception
{
    public TableDataException()
    {
    }

    public TableDataException(string message)
        : base(message)
    {
    }

    public TableDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
