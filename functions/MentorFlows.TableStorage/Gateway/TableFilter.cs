using System.Globalization;
using System.Text;

namespace MentorFlows.TableStorage.Gateway;

/// <summary>
/// A <see cref="TableQuery"/> in Azure Tables' OData syntax (<c>PartitionKey eq 'x' and RowKey ge 'a' and ...</c>):
/// string constants in single quotes with quotes doubled, as <c>TableClient.CreateQueryFilter</c> writes them.
/// </summary>
public static class TableFilter
{
    /// <summary>The filter string, or null when the query selects every row of the table.</summary>
    public static string? ToOData(TableQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var clauses = new List<string>();
        if (query.PartitionKey is { } partition)
        {
            clauses.Add("PartitionKey eq " + Quote(partition));
        }

        if (query.RowKeyFrom is { } from)
        {
            clauses.Add("RowKey ge " + Quote(from));
        }

        if (query.RowKeyTo is { } to)
        {
            clauses.Add("RowKey lt " + Quote(to));
        }

        foreach (var condition in query.Conditions)
        {
            PropertyNames.Validate(condition.Property);
            clauses.Add(string.Create(CultureInfo.InvariantCulture, $"{condition.Property} {(condition.Comparison == TableComparison.Equal ? "eq" : "ne")} {Constant(condition.Value)}"));
        }

        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    /// <summary>The properties to ask for (the keys included, so rows can be told apart), or null for all.</summary>
    public static IReadOnlyList<string>? Select(TableQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Select is null ? null : ["PartitionKey", "RowKey", .. query.Select.Where(name => name is not ("PartitionKey" or "RowKey"))];
    }

    /// <summary>An OData string constant: single quotes, a quote inside doubled.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new StringBuilder(value.Length + 2).Append('\'').Append(value.Replace("'", "''", StringComparison.Ordinal)).Append('\'').ToString();
    }

    private static string Constant(object value) => value switch
    {
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A table condition compares with a string, int or bool, not {value.GetType().Name}.", nameof(value)),
    };
}
