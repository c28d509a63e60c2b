using System.Text.Json;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Execution;

/// <summary>
/// Payloads as they are kept in history: JSON written with <see cref="WorkflowJson.Options"/>. Errors name what was
/// being written or read and the type, never the value (it may hold personal data).
/// </summary>
internal static class Payload
{
    /// <summary>Serialises <paramref name="value"/> by its runtime type; throws <see cref="ArgumentException"/> naming <paramref name="what"/>.</summary>
    public static string? Write(object? value, string what)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Serialize(value, value.GetType(), WorkflowJson.Options);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw new ArgumentException($"{what} cannot be serialised to JSON ({value.GetType().Name}): {ex.Message}", ex);
        }
    }

    /// <summary>Serialises <paramref name="value"/> and checks it reads back as <paramref name="expected"/>, the registered type.</summary>
    public static string? WriteAs(object? value, Type expected, string what)
    {
        var json = Write(value, what);
        try
        {
            Read(json, expected);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"{what} does not read back as the registered type {expected.Name}: {ex.Message}", ex);
        }

        return json;
    }

    public static object? Read(string? json, Type type) =>
        json is null ? (type.IsValueType ? Activator.CreateInstance(type) : null) : JsonSerializer.Deserialize(json, type, WorkflowJson.Options);

    public static T Read<T>(string? json) => json is null ? default! : JsonSerializer.Deserialize<T>(json, WorkflowJson.Options)!;
}
