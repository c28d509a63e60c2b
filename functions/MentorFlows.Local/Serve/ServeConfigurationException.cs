namespace MentorFlows.Local.Serve;

/// <summary>
/// <c>serve</c> cannot start with the configuration it was given (a missing or short key, a bad URL, an unreadable
/// scheme file). The message names configuration keys and files, never a key's value.
/// </summary>
public sealed class ServeConfigurationException : Exception
{
    public ServeConfigurationException()
    {
    }

    public ServeConfigurationException(string message)
        : base(message)
    {
    }

    public ServeConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
