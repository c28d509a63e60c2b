namespace MentorFlows.SendGrid.Api;

/// <summary>
/// One of SendGrid's error messages: <see cref="Field"/> is a JSON path into the request (e.g.
/// <c>personalizations.0.to</c>), <see cref="Help"/> a documentation link. On exceptions these are sanitised
/// (addresses and the API key removed, length capped) before they are kept.
/// </summary>
public sealed record SendGridError(string? Message, string? Field = null, string? Help = null);
