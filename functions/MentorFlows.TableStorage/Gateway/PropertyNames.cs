namespace MentorFlows.TableStorage.Gateway;

/// <summary>Property names the stores use: C#-identifier-like ASCII (letters, digits, underscore; not starting with a digit), at most 255 characters, not a system name.</summary>
public static class PropertyNames
{
    public static void Validate(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length > 255 || char.IsAsciiDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || TableRow.SystemProperties.Contains(name))
        {
            throw new ArgumentException($"'{name}' is not a property name the stores may use.", nameof(name));
        }
    }
}
