using Microsoft.Extensions.Options;

namespace MentorFlows.SendGrid;

/// <summary>Checks <see cref="SendGridOptions"/> when they are first used; messages name settings, never the key's value.</summary>
public sealed class SendGridOptionsValidator : IValidateOptions<SendGridOptions>
{
    public ValidateOptionsResult Validate(string? name, SendGridOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = [];
        if (!options.IsConfigured)
        {
            problems.Add($"{SendGridOptions.SectionName}:ApiKey is not set (without it the hosts keep the outbox; see SendGridOptions.IsConfiguredIn).");
        }
        else if (options.ApiKey!.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            problems.Add($"{SendGridOptions.SectionName}:ApiKey has whitespace or control characters (a copy-paste with a line break?).");
        }

        if (options.BaseAddress is not { IsAbsoluteUri: true } address)
        {
            problems.Add($"{SendGridOptions.SectionName}:BaseAddress must be an absolute URI.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            // The key travels in a header: plain HTTP is allowed only to a fake server on this machine.
            problems.Add($"{SendGridOptions.SectionName}:BaseAddress must be https (http only for a loopback test server).");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            problems.Add($"{SendGridOptions.SectionName}:MaxAttempts must be 1 to 10.");
        }

        foreach (var (setting, value) in new[]
                 {
                     (nameof(options.InitialBackoff), options.InitialBackoff), (nameof(options.MaxBackoff), options.MaxBackoff),
                     (nameof(options.MaxRetryAfter), options.MaxRetryAfter), (nameof(options.RequestTimeout), options.RequestTimeout),
                     (nameof(options.ClaimLease), options.ClaimLease),
                 })
        {
            if (value < TimeSpan.Zero || (value == TimeSpan.Zero && setting is nameof(options.RequestTimeout) or nameof(options.ClaimLease)))
            {
                problems.Add($"{SendGridOptions.SectionName}:{setting} must be positive.");
            }
        }

        if (options.MaxAttempts is >= 1 and <= 10 && options.ClaimLease > TimeSpan.Zero && options.ClaimLease <= options.LongestSend)
        {
            problems.Add($"{SendGridOptions.SectionName}:ClaimLease ({options.ClaimLease}) must be longer than the longest send ({options.LongestSend}), or two senders of one email could overlap.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
