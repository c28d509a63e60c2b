using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace MentorFlows.Domain;

/// <summary>
/// The names enums carry on the wire (DESIGN.md: EVENTS.json, outbox.jsonl, the HTTP API), declared once per member
/// with <see cref="JsonStringEnumMemberNameAttribute"/> so JSON and hand-written parsing agree. A member without the
/// attribute is written by its C# name. Parsing is exact (case-sensitive), like the documented contract.
/// </summary>
public static class WireName
{
    private static readonly ConcurrentDictionary<Type, (Dictionary<Enum, string> Names, Dictionary<string, Enum> Values)> Maps = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Map<TEnum>().Names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Map<TEnum>().Values.TryGetValue(text, out var found))
        {
            value = (TEnum)found;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every wire name of <typeparamref name="TEnum"/>, in declaration order (for error messages listing what is allowed).</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(Of)];

    private static (Dictionary<Enum, string> Names, Dictionary<string, Enum> Values) Map<TEnum>()
        where TEnum : struct, Enum =>
        Maps.GetOrAdd(typeof(TEnum), static type =>
        {
            var names = new Dictionary<Enum, string>();
            var values = new Dictionary<string, Enum>(StringComparer.Ordinal);
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = (Enum)field.GetValue(null)!;
                var name = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
                names[value] = name;
                values[name] = value;
            }

            return (names, values);
        });
}
