namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// A template that cannot be parsed or rendered: the message names the template, the line and column, and the
/// placeholder; never a value (values are personal data).
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string templateName, int line, int column, string message)
        : base(line > 0 ? $"Template '{templateName}', line {line}, column {column}: {message}" : $"Template '{templateName}': {message}")
    {
        TemplateName = templateName;
        Line = line;
        Column = column;
    }

    public string TemplateName { get; }

    /// <summary>1-based; 0 when the problem is not at one place (e.g. a missing file).</summary>
    public int Line { get; }

    /// <summary>1-based; 0 when the problem is not at one place.</summary>
    public int Column { get; }
}
