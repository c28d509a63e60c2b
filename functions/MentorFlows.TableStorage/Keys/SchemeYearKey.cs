using System.Globalization;

namespace MentorFlows.TableStorage.Keys;

/// <summary>
/// The scheme year every partition key starts with: the calendar year the scheme starts in (2025 for 2025-26), four
/// digits. One deployment runs one scheme year at a time; the next year's scheme writes new partitions beside the old
/// ones, and a year's data can be read or dropped by partition.
/// </summary>
public static class SchemeYearKey
{
    public static string Of(int schemeYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(schemeYear, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(schemeYear, 9999);
        return schemeYear.ToString("D4", CultureInfo.InvariantCulture);
    }
}
