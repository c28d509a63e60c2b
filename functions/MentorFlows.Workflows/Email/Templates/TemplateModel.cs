using System.Text.RegularExpressions;

namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// The named values a template may use, e.g. <c>mentor.firstName</c>. Names are dotted identifiers; each is set once.
/// A kind of email always sets the same names, leaving irrelevant ones empty, so that every template of the kind is
/// checked against one fixed set whatever the data.
/// </summary>
public sealed partial class TemplateModel
{
    private readonly Dictionary<string, TemplateValue> _values = new(StringComparer.Ordinal);

    /// <summary>The names set so far.</summary>
    public IEnumerable<string> Names => _values.Keys;

    public TemplateModel Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Add(name, new TemplateValue.Text(value));
    }

    public TemplateModel Set(string name, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Add(name, new TemplateValue.Text(url.AbsoluteUri));
    }

    public TemplateModel Set(string name, bool flag) => Add(name, new TemplateValue.Flag(flag));

    /// <summary>A list for <c>{{#each name}}</c>; every item must set exactly <paramref name="itemNames"/>.</summary>
    public TemplateModel Set(string name, IReadOnlyList<TemplateModel> items, IReadOnlyCollection<string> itemNames)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(itemNames);
        var names = new HashSet<string>(itemNames, StringComparer.Ordinal);
        if (items.Any(item => !names.SetEquals(item.Names)))
        {
            throw new ArgumentException($"Every item of list '{name}' must set exactly: {string.Join(", ", names.Order(StringComparer.Ordinal))}.", nameof(items));
        }

        return Add(name, new TemplateValue.List(items, names));
    }

    internal bool TryGet(string name, out TemplateValue value) => _values.TryGetValue(name, out value!);

    internal static bool IsValidName(string name) => NamePattern().IsMatch(name);

    private TemplateModel Add(string name, TemplateValue value)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a template name: use dotted identifiers such as mentor.firstName.", nameof(name));
        }

        if (!_values.TryAdd(name, value))
        {
            throw new ArgumentException($"Template name '{name}' is set twice.", nameof(name));
        }

        return this;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
