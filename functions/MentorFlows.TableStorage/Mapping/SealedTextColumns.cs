using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// A <see cref="SealedText"/> in three string properties, since the gateway stores no binary: <c>{name}KeyId</c>,
/// <c>{name}Nonce</c> (base64) and <c>{name}Sealed</c> (base64 of the ciphertext and its tag, split by
/// <see cref="StringColumns"/> when long). All three or none: a row holding some of them is refused as damaged.
/// </summary>
public static class SealedTextColumns
{
    /// <summary>Writes <paramref name="text"/> under <paramref name="name"/>; null leaves it out.</summary>
    public static PropertyBag SetSealed(this PropertyBag properties, string name, SealedText? text)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return text is null
            ? properties
            : properties
                .Set(KeyId(name), text.KeyId)
                .Set(Nonce(name), Convert.ToBase64String(text.Nonce))
                .SetLong(Ciphertext(name), Convert.ToBase64String(text.Ciphertext));
    }

    /// <summary>Whether a sealed text is stored under <paramref name="name"/> (without reading it).</summary>
    public static bool HasSealed(this IReadOnlyDictionary<string, object> properties, string name)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.ContainsKey(Ciphertext(name));
    }

    /// <summary>The sealed text stored under <paramref name="name"/>, or null when there is none.</summary>
    /// <exception cref="TableDataException">Only some of its properties are there, or one is not base64 (names the property, never the value).</exception>
    public static SealedText? GetSealedOrNull(this IReadOnlyDictionary<string, object> properties, string name)
    {
        var keyId = properties.GetStringOrNull(KeyId(name));
        var nonce = properties.GetStringOrNull(Nonce(name));
        var ciphertext = properties.GetLongOrNull(Ciphertext(name));
        if (keyId is null && nonce is null && ciphertext is null)
        {
            return null;
        }

        if (keyId is null || nonce is null || ciphertext is null)
        {
            throw new TableDataException($"Properties {KeyId(name)}, {Nonce(name)} and {Ciphertext(name)} are not all present.");
        }

        return new SealedText(keyId, Decode(nonce, Nonce(name)), Decode(ciphertext, Ciphertext(name)));
    }

    private static string KeyId(string name) => name + "KeyId";

    private static string Nonce(string name) => name + "Nonce";

    private static string Ciphertext(string name) => name + "Sealed";

    private static byte[] Decode(string base64, string property)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException ex)
        {
            throw new TableDataException($"Property {property} is not base64.", ex);
        }
    }
}
