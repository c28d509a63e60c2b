namespace MentorFlows.TableStorage.Gateway;

/// <summary>A property compared with a constant (<see cref="string"/>, <see cref="int"/> or <see cref="bool"/>). A row without the property fails both comparisons, as on Azure.</summary>
public sealed record TableCondition(string Property, TableComparison Comparison, object Value)
{
    public bool Matches(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!row.Properties.TryGetValue(Property, out var actual))
        {
            return false;
        }

        var equal = Equals(actual, Value);
        return Comparison == TableComparison.Equal ? equal : !equal;
    }
}
