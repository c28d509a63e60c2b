using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace MentorFlows.Api.Http;

/// <summary>
/// The fields of a request body, sent either as an HTML form (<c>application/x-www-form-urlencoded</c> or
/// <c>multipart/form-data</c>: the pages behind email links, RFC 8058 one-click) or as one JSON object. An empty body
/// has no fields. Names are matched without case. Read with <see cref="FieldReader"/>.
/// </summary>
public sealed class RequestFields
{
    private readonly IFormCollection? _form;
    private readonly Dictionary<string, JsonElement> _json;

    private RequestFields(IFormCollection? form, Dictionary<string, JsonElement> json)
    {
        _form = form;
        _json = json;
    }

    /// <summary>True when the body was a form: the caller is a browser (or a mail provider) and gets an HTML page.</summary>
    public bool IsForm => _form is not null;

    public static RequestFields Empty { get; } = new(null, new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The raw value: a string for a form field; the JSON element for JSON; null when absent (or JSON null).</summary>
    public object? this[string name]
    {
        get
        {
            if (_form is not null)
            {
                return _form.TryGetValue(name, out StringValues values) && values.Count > 0 ? values[values.Count - 1] : null;
            }

            return _json.TryGetValue(name, out var element) && element.ValueKind != JsonValueKind.Null ? element : null;
        }
    }

    /// <summary>Reads the body, or returns the problem (415, 413, 400 naming <c>body</c>) that answers the request instead.</summary>
    public static async Task<(RequestFields? Fields, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (request.HasFormContentType)
            {
                return (new RequestFields(await request.ReadFormAsync(cancellationToken), new Dictionary<string, JsonElement>()), null);
            }

            if (request.HasJsonContentType())
            {
                return await ReadJsonAsync(request, cancellationToken);
            }

            if (string.IsNullOrEmpty(request.ContentType) && request.ContentLength is null or 0 && !await HasBodyAsync(request, cancellationToken))
            {
                return (Empty, null);
            }

            return (null, ApiProblems.Body(StatusCodes.Status415UnsupportedMediaType, "Send a form (application/x-www-form-urlencoded or multipart/form-data) or a JSON object (application/json)."));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, ApiProblems.Body(ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request body could not be read."));
        }
        catch (InvalidDataException)
        {
            // Form limits (field count, value length) and malformed multipart bodies.
            return (null, ApiProblems.Body(StatusCodes.Status400BadRequest, "The form could not be read."));
        }
    }

    private static async Task<(RequestFields?, IResult?)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0)
        {
            return (Empty, null);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 4 }, cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ApiProblems.Field("body", "must be a JSON object"));
            }

            var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!fields.TryAdd(property.Name, property.Value.Clone()))
                {
                    return (null, ApiProblems.Field(property.Name, "is given more than once"));
                }
            }

            return (new RequestFields(null, fields), null);
        }
        catch (JsonException ex)
        {
            // The exception's message may quote the text around the error; only its position is reported.
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : string.Empty;
            return (null, ApiProblems.Field("body", $"is not valid JSON{where}"));
        }
    }

    /// <summary>A body with neither a content type nor a length (chunked): is anything in it?</summary>
    private static async Task<bool> HasBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0 || !request.Body.CanRead)
        {
            return false;
        }

        var probe = new byte[1];
        return await request.Body.ReadAsync(probe, cancellationToken) > 0;
    }
}
