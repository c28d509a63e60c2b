namespace MentorFlows.Domain.Scheme;

/// <summary>
/// A scheme file that cannot be used. The message is one line for a coordinator and names the key at fault
/// (<c>key "start": "2025-13-01" is not a date (YYYY-MM-DD)</c>); scheme values are configuration, not personal data,
/// so they may be quoted.
/// </summary>
public sealed class SchemeSettingsException : Exception
{
    public SchemeSettingsException()
    {
    }

    public SchemeSettingsException(string message)
        : base(message)
    {
    }

    public SchemeSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemeSettingsException(string? key, string message, Exception? innerException = null)
        : base(key is null ? message : $"key \"{key}\": {message}", innerException)
    {
        Key = key;
    }

    /// <summary>The key at fault, or null when the file as a whole is (not JSON, not an object).</summary>
    public string? Key { get; }
}
