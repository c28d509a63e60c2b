namespace MentorFlows.Local.Simulation;

/// <summary>
/// An EVENTS.json that cannot be used. <see cref="Problems"/> holds every problem found, one line each, in the form
/// <c>events.json: entry 3 ("concern"): "category" must be one of ...</c> (entries count from 1). Lines name the file,
/// entries, fields and ids, never a description or any other free text.
/// </summary>
public sealed class EventsFileException : Exception
{
    public EventsFileException()
        : this([])
    {
    }

    public EventsFileException(string message)
        : this([message])
    {
    }

    public EventsFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public EventsFileException(IReadOnlyList<string> problems)
        : base(Summary(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Summary(IReadOnlyList<string> problems) => problems.Count switch
    {
        0 => "The events file cannot be used.",
        1 => problems[0],
        _ => $"{problems[0]} (and {problems.Count - 1} more)",
    };
}
