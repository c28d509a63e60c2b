using System.Buffers.Text;
using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Workflows.Links;
using NodaTime;

namespace MentorFlows.Local.Tests.Api;

/// <summary>
/// Every participant route, GET and POST, refuses every kind of bad link with the same 403 problem and changes
/// nothing: no status, concern, check-in or survey answer, workflow instance or email.
/// </summary>
public sealed class ForgedLinkTests : IClassFixture<SampleCohortHost>
{
    private const string Student = SampleCohort.Mentee;
    private const string CheckInScope = $"{Student}/1";
    private const string SurveyScope = $"review-3m/{SampleCohort.Mentor}";

    private readonly ApiHost _host;

    public ForgedLinkTests(SampleCohortHost fixture) => _host = fixture.Host;

    public enum Forgery
    {
        Missing,
        Empty,
        Garbage,
        PayloadOnly,
        SignedWithAnotherKey,
        PayloadAltered,
        SignatureAltered,
        Truncated,
        Expired,
        ExpiresNow,
        MadeForAnotherPurpose,
        GivenTwice,
        AnotherStudentsPayloadWithThisSignature,
    }

    public static TheoryData<string, string, Forgery> Cases()
    {
        var data = new TheoryData<string, string, Forgery>();
        foreach (var (method, route) in Routes)
        {
            foreach (var forgery in Enum.GetValues<Forgery>())
            {
                data.Add(method, route, forgery);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadLink_Is403_AndChangesNothing(string method, string route, Forgery forgery)
    {
        var before = await _host.FingerprintAsync();

        using var response = await SendAsync(method, route, Query(route, forgery));
        await _host.IdleAsync();

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("This link cannot be used.", problem.GetProperty("title").GetString());
        Assert.Equal(before, await _host.FingerprintAsync());
    }

    [Theory]
    [InlineData("GET", SchemeLinks.OptOutRoute)]
    [InlineData("GET", SchemeLinks.ConcernRoute)]
    [InlineData("GET", SchemeLinks.CheckInRoute)]
    [InlineData("GET", SchemeLinks.SurveyRoute)]
    public async Task GenuineLink_OnGet_IsShown(string method, string route)
    {
        using var response = await SendAsync(method, route, $"token={Genuine(route)}");

        await Problem.HtmlAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnyOneCharacterChange_ToAGenuineOptOutLink_Is403_AndChangesNothing()
    {
        var token = Genuine(SchemeLinks.OptOutRoute);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        var changes = Gen.Choose(0, token.Length - 1).SelectMany(_ => Gen.Elements(alphabet.ToCharArray()), (position, replacement) => (position, replacement));
        var before = await _host.FingerprintAsync();

        foreach (var (position, replacement) in changes.Sample(200, 150))
        {
            var changed = string.Concat(token.AsSpan(0, position), replacement.ToString(), token.AsSpan(position + 1));
            if (SameBytes(token, changed))
            {
                // A change in a final character's unused bits: the same token, not a forgery.
                continue;
            }

            using var response = await SendAsync("POST", SchemeLinks.OptOutRoute, $"token={changed}");
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"position {position} changed to '{replacement}' was answered {(int)response.StatusCode}");
        }

        await _host.IdleAsync();
        Assert.Equal(before, await _host.FingerprintAsync());
    }

    private static readonly (string Method, string Route)[] Routes =
    [
        ("GET", SchemeLinks.OptOutRoute), ("POST", SchemeLinks.OptOutRoute),
        ("GET", SchemeLinks.ConcernRoute), ("POST", SchemeLinks.ConcernRoute),
        ("GET", SchemeLinks.CheckInRoute), ("POST", SchemeLinks.CheckInRoute),
        ("GET", SchemeLinks.SurveyRoute), ("POST", SchemeLinks.SurveyRoute),
    ];

    private async Task<HttpResponseMessage> SendAsync(string method, string route, string query)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), $"api/{route}?{query}");
        if (method == "POST")
        {
            request.Content = route switch
            {
                SchemeLinks.OptOutRoute => Problem.Form(("List-Unsubscribe", "One-Click")),
                SchemeLinks.ConcernRoute => Problem.Json("{\"about\":\"20220114\",\"category\":\"other\",\"description\":\"A forged report.\"}"),
                SchemeLinks.SurveyRoute => Problem.Json("{\"rating\":1,\"recommend\":false,\"comment\":\"A forged answer.\"}"),
                _ => Problem.Json("{\"met\":true,\"hours\":1}"),
            };
        }

        using (request)
        {
            return await _host.Client.SendAsync(request);
        }
    }

    private string Query(string route, Forgery forgery)
    {
        var genuine = Genuine(route);
        var dot = genuine.IndexOf('.', StringComparison.Ordinal);
        return forgery switch
        {
            Forgery.Missing => "other=1",
            Forgery.Empty => "token=",
            Forgery.Garbage => "token=not-a-token",
            Forgery.PayloadOnly => $"token={genuine[..dot]}",
            Forgery.SignedWithAnotherKey => $"token={new ParticipantLinkSigner(Enumerable.Repeat((byte)0x33, 32).ToArray()).Sign(Claims(route))}",
            Forgery.PayloadAltered => $"token={Flip(genuine, 3)}",
            Forgery.SignatureAltered => $"token={Flip(genuine, dot + 5)}",
            Forgery.Truncated => $"token={genuine[..^4]}",
            Forgery.Expired => $"token={_host.Signer.Sign(Claims(route) with { ExpiresAt = Instant.FromDateTimeOffset(ApiHost.Start) - Duration.FromSeconds(1) })}",
            Forgery.ExpiresNow => $"token={_host.Signer.Sign(Claims(route) with { ExpiresAt = Instant.FromDateTimeOffset(ApiHost.Start) })}",
            Forgery.MadeForAnotherPurpose => $"token={_host.Signer.Sign(Claims(route) with { Purpose = Purpose(route) == LinkPurpose.OptOut ? LinkPurpose.Concern : LinkPurpose.OptOut })}",
            Forgery.GivenTwice => $"token={genuine}&token={genuine}",
            Forgery.AnotherStudentsPayloadWithThisSignature =>
                $"token={_host.Signer.Sign(Claims(route) with { StudentId = "20250102" })[..dot]}{genuine[dot..]}",
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
    }

    private string Genuine(string route) => _host.Signer.Sign(Claims(route));

    private static ParticipantLinkClaims Claims(string route) =>
        new(Purpose(route), Student, Instant.FromUtc(2026, 6, 1, 0, 0), route switch
        {
            SchemeLinks.CheckInRoute => CheckInScope,
            SchemeLinks.SurveyRoute => SurveyScope,
            _ => string.Empty,
        });

    private static LinkPurpose Purpose(string route) => route switch
    {
        SchemeLinks.OptOutRoute => LinkPurpose.OptOut,
        SchemeLinks.ConcernRoute => LinkPurpose.Concern,
        SchemeLinks.SurveyRoute => LinkPurpose.Survey,
        _ => LinkPurpose.CheckInResponse,
    };

    private static string Flip(string token, int index) =>
        string.Concat(token.AsSpan(0, index), token[index] == 'A' ? "B" : "A", token.AsSpan(index + 1));

    private static bool SameBytes(string original, string changed)
    {
        static byte[]? Decode(string part) => Base64Url.IsValid(part) ? Base64Url.DecodeFromChars(part) : null;
        var a = original.Split('.');
        var b = changed.Split('.');
        return b.Length == 2 && Decode(b[0]) is { } payload && Decode(b[1]) is { } mac
            && payload.AsSpan().SequenceEqual(Decode(a[0])) && mac.AsSpan().SequenceEqual(Decode(a[1]));
    }
}
