using System.Text.Json;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Year;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// Builds an entity's properties in the types Azure Tables stores: text as <see cref="string"/>, enums by name, times
/// as UTC <see cref="DateTimeOffset"/>, nested data as JSON (<see cref="WorkflowJson"/>) split over as many string
/// properties as it needs (<see cref="StringColumns"/>). A null value is left out: Tables has no null.
/// </summary>
public sealed class PropertyBag
{
    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    public PropertyBag Set(string name, string? value) => value is null ? this : Put(name, value);

    public PropertyBag Set(string name, int value) => Put(name, value);

    public PropertyBag Set(string name, int? value) => value is { } number ? Put(name, number) : this;

    public PropertyBag Set(string name, long value) => Put(name, value);

    public PropertyBag Set(string name, bool value) => Put(name, value);

    /// <summary>A UTC instant (an unspecified kind is taken as UTC, as everywhere in the workflows).</summary>
    public PropertyBag Set(string name, DateTime value) => Put(name, new DateTimeOffset(UtcInstants.AsUtc(value), TimeSpan.Zero));

    public PropertyBag Set(string name, DateTime? value) => value is { } instant ? Set(name, instant) : this;

    public PropertyBag SetEnum<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum => Put(name, value.ToString());

    public PropertyBag SetEnum<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum => value is { } member ? SetEnum(name, member) : this;

    /// <summary>Nested data as JSON, split by <see cref="StringColumns"/> when long; null leaves it out.</summary>
    public PropertyBag SetJson<T>(string name, T? value)
    {
        if (value is null)
        {
            return this;
        }

        foreach (var (column, text) in StringColumns.Split(name, JsonSerializer.Serialize(value, WorkflowJson.Options)))
        {
            Put(column, text);
        }

        return this;
    }

    /// <summary>Text that may be longer than one property holds, split by <see cref="StringColumns"/>; null leaves it out.</summary>
    public PropertyBag SetLong(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        foreach (var (column, text) in StringColumns.Split(name, value))
        {
            Put(column, text);
        }

        return this;
    }

    /// <summary>The properties, checked against Azure's limits (count, string length, entity size).</summary>
    public IReadOnlyDictionary<string, object> Build()
    {
        if (_properties.Count > TableLimits.MaxProperties)
        {
            throw new TableDataException($"An entity would have {_properties.Count} properties; Azure allows {TableLimits.MaxProperties}.");
        }

        var bytes = 0L;
        foreach (var (name, value) in _properties)
        {
            if (value is string text && text.Length > TableLimits.MaxStringPropertyLength)
            {
                throw new TableDataException($"Property {name} would be {text.Length} characters; Azure allows {TableLimits.MaxStringPropertyLength}.");
            }

            bytes += (name.Length * 2) + (value is string s ? (s.Length * 2) + 4 : 8);
        }

        if (bytes > TableLimits.MaxEntityBytes)
        {
            throw new TableDataException($"An entity would be about {bytes} bytes; Azure allows {TableLimits.MaxEntityBytes}.");
        }

        return new Dictionary<string, object>(_properties, StringComparer.Ordinal);
    }

    private PropertyBag Put(string name, object value)
    {
        PropertyNames.Validate(name);
        _properties[name] = value;
        return this;
    }
}
