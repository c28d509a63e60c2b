using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Workflows.Links;
using NodaTime;

namespace MentorFlows.Workflows.Tests.Links;

public sealed class ParticipantLinkSignerTests
{
    private static readonly ParticipantLinkSigner Signer = new(Key(1));
    private static readonly Instant Now = Instant.FromUtc(2025, 11, 3, 10, 0);
    private static readonly ParticipantLinkClaims OptOut = new(LinkPurpose.OptOut, "S1001", Now + Duration.FromDays(30));

    [Fact]
    public void Verify_TokenItSigned_ReturnsTheClaims()
    {
        var claims = new ParticipantLinkClaims(LinkPurpose.CheckInResponse, "M2001", Now + Duration.FromDays(1), "S1001/3");

        var result = Signer.Verify(Signer.Sign(claims), LinkPurpose.CheckInResponse, Now);

        Assert.True(result.IsValid);
        Assert.Equal(claims, result.Claims);
        Assert.Null(result.Failure);
    }

    [Fact]
    public void Sign_TokenDoesNotRevealTheStudentIdOrScope()
    {
        var token = Signer.Sign(new ParticipantLinkClaims(LinkPurpose.CheckInResponse, "S1001", Now + Duration.FromDays(1), "M2001/3"));
        var payload = System.Buffers.Text.Base64Url.DecodeFromChars(token.AsSpan(0, token.IndexOf('.', StringComparison.Ordinal)));

        Assert.DoesNotContain("S1001", token, StringComparison.Ordinal);
        Assert.DoesNotContain("S1001", Encoding.UTF8.GetString(payload), StringComparison.Ordinal);
        Assert.DoesNotContain("M2001", Encoding.UTF8.GetString(payload), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_SameClaimsTwice_GivesTheSameToken()
    {
        Assert.Equal(Signer.Sign(OptOut), Signer.Sign(OptOut));
        Assert.NotEqual(Signer.Sign(OptOut), Signer.Sign(OptOut with { StudentId = "S1002" }));
    }

    [Fact]
    public void Verify_TokenFromAnotherKey_IsBadSignature()
    {
        var forged = new ParticipantLinkSigner(Key(2)).Sign(OptOut);

        Assert.Equal(LinkVerificationFailure.BadSignature, Signer.Verify(forged, LinkPurpose.OptOut, Now).Failure);
    }

    [Fact]
    public void Verify_PayloadSwappedForAnotherStudent_IsBadSignature()
    {
        var mine = Signer.Sign(OptOut);
        var theirs = Signer.Sign(OptOut with { StudentId = "S1002" });
        var spliced = theirs[..theirs.IndexOf('.', StringComparison.Ordinal)] + mine[mine.IndexOf('.', StringComparison.Ordinal)..];

        Assert.Equal(LinkVerificationFailure.BadSignature, Signer.Verify(spliced, LinkPurpose.OptOut, Now).Failure);
    }

    [Fact]
    public void Verify_EveryOneCharacterChange_IsRefused()
    {
        var token = Signer.Sign(OptOut);
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        for (var index = 0; index < token.Length; index++)
        {
            // The last character of each base64url part may carry unused padding bits; any other change alters bytes.
            if (index == dot - 1 || index == token.Length - 1)
            {
                continue;
            }

            var changed = token[..index] + (token[index] == 'A' ? 'B' : 'A') + token[(index + 1)..];

            Assert.False(Signer.Verify(changed, LinkPurpose.OptOut, Now).IsValid, $"changed at {index}");
        }
    }

    [Fact]
    public void Verify_GenuineTokenForOtherPurpose_IsWrongPurpose()
    {
        var concern = Signer.Sign(OptOut with { Purpose = LinkPurpose.Concern });

        Assert.Equal(LinkVerificationFailure.WrongPurpose, Signer.Verify(concern, LinkPurpose.OptOut, Now).Failure);
    }

    [Fact]
    public void Verify_AtOrAfterExpiry_IsExpired()
    {
        var token = Signer.Sign(OptOut);

        Assert.True(Signer.Verify(token, LinkPurpose.OptOut, OptOut.ExpiresAt - Duration.FromSeconds(1)).IsValid);
        Assert.Equal(LinkVerificationFailure.Expired, Signer.Verify(token, LinkPurpose.OptOut, OptOut.ExpiresAt).Failure);
        Assert.Equal(LinkVerificationFailure.Expired, Signer.Verify(token, LinkPurpose.OptOut, OptOut.ExpiresAt + Duration.FromDays(400)).Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot-here")]
    [InlineData(".abc")]
    [InlineData("abc.")]
    [InlineData("a+b/c=.def")]
    [InlineData("!!!.???")]
    public void Verify_NotAToken_IsMalformed(string? token)
    {
        Assert.Equal(LinkVerificationFailure.Malformed, Signer.Verify(token, LinkPurpose.OptOut, Now).Failure);
    }

    [Fact]
    public void Sign_Token_UsesOnlyUrlSafeCharacters()
    {
        var token = Signer.Sign(OptOut with { StudentId = "Zoë/ü+?&=", Scope = "a/b c" });

        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.', $"'{c}'"));
        Assert.Equal("Zoë/ü+?&=", Signer.Verify(token, LinkPurpose.OptOut, Now).Claims!.StudentId);
    }

    [Fact]
    public void Constructor_ShortKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ParticipantLinkSigner(new byte[31]));
    }

    [Fact]
    public void Verify_AnyClaims_RoundTrip()
    {
        var ids = Gen.Elements("S1", "M2001", "Zoë-7", "x/y", "12345678901234567890");
        var purposes = Gen.Elements(Enum.GetValues<LinkPurpose>());
        var seconds = Gen.Choose(1, int.MaxValue);
        var cases = ids.SelectMany(id => purposes.SelectMany(purpose => seconds.Select(offset => (id, purpose, offset))));

        Prop.ForAll(Arb.From(cases), input =>
        {
            var claims = new ParticipantLinkClaims(input.purpose, input.id, Now + Duration.FromSeconds(input.offset), input.id + "/1");
            var result = Signer.Verify(Signer.Sign(claims), input.purpose, Now);
            return result.IsValid && result.Claims == claims;
        }).QuickCheckThrowOnFailure();
    }

    private static byte[] Key(byte seed) => Encoding.ASCII.GetBytes(new string((char)('a' + seed), 32));
}
