using System.Text.Json;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// Reads what <see cref="PropertyBag"/> wrote. A missing required property or a value of the wrong type throws
/// <see cref="TableDataException"/> naming the property (never its value). Times come back as UTC
/// <see cref="DateTime"/>s whether the SDK hands over a <see cref="DateTimeOffset"/> or a <see cref="DateTime"/>.
/// </summary>
public static class PropertyReader
{
    public static string GetString(this IReadOnlyDictionary<string, object> properties, string name) =>
        properties.GetStringOrNull(name) ?? throw Missing(name);

    public static string? GetStringOrNull(this IReadOnlyDictionary<string, object> properties, string name) =>
        Get(properties, name) switch
        {
            null => null,
            string text => text,
            _ => throw WrongType(name, "string"),
        };

    public static int GetInt32(this IReadOnlyDictionary<string, object> properties, string name) =>
        properties.GetInt32OrNull(name) ?? throw Missing(name);

    public static int? GetInt32OrNull(this IReadOnlyDictionary<string, object> properties, string name) =>
        Get(properties, name) switch
        {
            null => null,
            int number => number,
            long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
            _ => throw WrongType(name, "Int32"),
        };

    public static bool GetBoolean(this IReadOnlyDictionary<string, object> properties, string name) =>
        Get(properties, name) switch
        {
            bool flag => flag,
            null => throw Missing(name),
            _ => throw WrongType(name, "Boolean"),
        };

    public static DateTime GetUtc(this IReadOnlyDictionary<string, object> properties, string name) =>
        properties.GetUtcOrNull(name) ?? throw Missing(name);

    public static DateTime? GetUtcOrNull(this IReadOnlyDictionary<string, object> properties, string name) =>
        Get(properties, name) switch
        {
            null => null,
            DateTimeOffset instant => instant.UtcDateTime,
            DateTime instant => instant.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(instant, DateTimeKind.Utc) : instant.ToUniversalTime(),
            _ => throw WrongType(name, "DateTime"),
        };

    public static TEnum GetEnum<TEnum>(this IReadOnlyDictionary<string, object> properties, string name)
        where TEnum : struct, Enum =>
        properties.GetEnumOrNull<TEnum>(name) ?? throw Missing(name);

    public static TEnum? GetEnumOrNull<TEnum>(this IReadOnlyDictionary<string, object> properties, string name)
        where TEnum : struct, Enum
    {
        var text = properties.GetStringOrNull(name);
        if (text is null)
        {
            return null;
        }

        return Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new TableDataException($"Property {name} does not hold a {typeof(TEnum).Name}.");
    }

    /// <summary>Text written by <see cref="PropertyBag.SetLong"/>, or null when absent.</summary>
    public static string? GetLongOrNull(this IReadOnlyDictionary<string, object> properties, string name) => StringColumns.Join(properties, name);

    /// <summary>JSON written by <see cref="PropertyBag.SetJson{T}"/>, or default when absent.</summary>
    public static T? GetJsonOrDefault<T>(this IReadOnlyDictionary<string, object> properties, string name)
    {
        var json = StringColumns.Join(properties, name);
        if (json is null)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, WorkflowJson.Options);
        }
        catch (JsonException ex)
        {
            throw new TableDataException($"Property {name} does not hold a {typeof(T).Name} as JSON.", ex);
        }
    }

    public static T GetJson<T>(this IReadOnlyDictionary<string, object> properties, string name) =>
        properties.GetJsonOrDefault<T>(name) ?? throw Missing(name);

    private static object? Get(IReadOnlyDictionary<string, object> properties, string name)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.TryGetValue(name, out var value) ? value : null;
    }

    private static TableDataException Missing(string name) => new($"Required property {name} is missing.");

    private static TableDataException WrongType(string name, string expected) => new($"Property {name} is not of type {expected}.");
}
