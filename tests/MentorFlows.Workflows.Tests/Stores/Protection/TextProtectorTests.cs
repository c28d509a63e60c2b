using System.Security.Cryptography;
using System.Text;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.Workflows.Tests.Stores.Protection;

public sealed class TextProtectorTests
{
    private const string Text = "A private account: «he said», 3 < 4 & 'quotes'";
    private static readonly ConcernReference Reference = ConcernReference.Create(2025, 7);
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly SurveyAnswerKey Answer = new("S1", SurveyPoint.MidPointReview, "M1");

    [Fact]
    public void Seal_ThenOpen_GivesTheTextBack()
    {
        var protector = new TextProtector(Key);

        var sealedText = protector.Seal(Reference, Text);

        Assert.Equal(Text, protector.Open(Reference, sealedText));
        Assert.Equal(protector.CurrentKeyId, sealedText.KeyId);
        Assert.Equal(12, sealedText.Nonce.Length);
        Assert.Equal(Encoding.UTF8.GetByteCount(Text) + 16, sealedText.Ciphertext.Length);
    }

    [Fact]
    public void Seal_TheSameTextTwice_UsesFreshNoncesAndHidesTheText()
    {
        var protector = new TextProtector(Key);

        var first = protector.Seal(Reference, Text);
        var second = protector.Seal(Reference, Text);

        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
        Assert.DoesNotContain("private", Encoding.UTF8.GetString(first.Ciphertext), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnderAnotherConcernsReference_Fails()
    {
        var protector = new TextProtector(Key);
        var sealedText = protector.Seal(Reference, Text);

        var error = Assert.Throws<CryptographicException>(() => protector.Open(ConcernReference.Create(2025, 8), sealedText));

        Assert.Contains("MF-2025-000008", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("private", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AlteredCiphertext_Fails()
    {
        var protector = new TextProtector(Key);
        var sealedText = protector.Seal(Reference, Text);
        sealedText.Ciphertext[0] ^= 1;

        Assert.Throws<CryptographicException>(() => protector.Open(Reference, sealedText));
    }

    [Fact]
    public void Open_AfterRotation_OpensOldTextsWithThePreviousKeyAndSealsNewOnesWithTheNewKey()
    {
        var old = new TextProtector(Key);
        var sealedBefore = old.Seal(Reference, Text);
        var rotated = new TextProtector(RandomNumberGenerator.GetBytes(32), [Key]);

        Assert.Equal(Text, rotated.Open(Reference, sealedBefore));
        Assert.NotEqual(old.CurrentKeyId, rotated.CurrentKeyId);
        Assert.False(rotated.IsCurrent(sealedBefore.KeyId));
        Assert.True(rotated.IsCurrent(rotated.Seal(Reference, Text).KeyId));
    }

    [Fact]
    public void Open_WithAKeyNoLongerConfigured_FailsNamingTheKeyId()
    {
        var sealedText = new TextProtector(Key).Seal(Reference, Text);

        var error = Assert.Throws<CryptographicException>(() => new TextProtector(RandomNumberGenerator.GetBytes(32)).Open(Reference, sealedText));

        Assert.Contains(sealedText.KeyId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyId_IsStableForAKeyAndRevealsNothingOfIt()
    {
        var id = new TextProtector(Key).CurrentKeyId;

        Assert.Equal(id, new TextProtector(Key).CurrentKeyId);
        Assert.Equal(16, id.Length);
        Assert.DoesNotContain(id, Convert.ToHexStringLower(Key), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ATextSealedByTheFirstVersion_StillOpens()
    {
        // What PostgreSQL rows sealed before the survey comments (and the move to Workflows) hold: AES-256-GCM with
        // the associated data "mentorflows/concern-text/v1/{reference}", made here without the protector.
        var nonce = RandomNumberGenerator.GetBytes(12);
        var plain = Encoding.UTF8.GetBytes(Text);
        var ciphertext = new byte[plain.Length + 16];
        using (var aes = new AesGcm(Key, 16))
        {
            aes.Encrypt(nonce, plain, ciphertext.AsSpan(0, plain.Length), ciphertext.AsSpan(plain.Length), Encoding.UTF8.GetBytes("mentorflows/concern-text/v1/MF-2025-000007"));
        }

        var protector = new TextProtector(Key);

        Assert.Equal(Text, protector.Open(Reference, new SealedText(protector.CurrentKeyId, nonce, ciphertext)));
    }

    [Fact]
    public void SealSurveyComment_ThenOpen_GivesTheCommentBack()
    {
        var protector = new TextProtector(Key);

        var sealedComment = protector.Seal(Answer, Text);

        Assert.Equal(Text, protector.Open(Answer, sealedComment));
        Assert.Equal(Text, protector.Open(Answer with { }, sealedComment));
        Assert.Equal(protector.CurrentKeyId, sealedComment.KeyId);
    }

    [Theory]
    [InlineData("S2", SurveyPoint.MidPointReview, "M1")]
    [InlineData("S1", SurveyPoint.EndPointReview, "M1")]
    [InlineData("S1", SurveyPoint.MidPointReview, "M2")]
    [InlineData("S1", SurveyPoint.MidPointReview, null)]
    public void OpenSurveyComment_OfAnotherAnswer_FailsNamingTheAnswerAndKeyNotTheText(string student, SurveyPoint point, string? partner)
    {
        var protector = new TextProtector(Key);
        var sealedComment = protector.Seal(Answer, Text);

        var error = Assert.Throws<CryptographicException>(() => protector.Open(new SurveyAnswerKey(student, point, partner), sealedComment));

        Assert.Contains(student, error.Message, StringComparison.Ordinal);
        Assert.Contains(sealedComment.KeyId, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("private", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenSurveyComment_IdsThatRunTogetherDifferently_Fails()
    {
        var protector = new TextProtector(Key);
        var sealedComment = protector.Seal(new SurveyAnswerKey("A/FinalFeedback/B", SurveyPoint.FinalFeedback, "C"), Text);

        // Joined with "/" alone, both would be "A/FinalFeedback/B/FinalFeedback/C".
        Assert.Throws<CryptographicException>(() => protector.Open(new SurveyAnswerKey("A", SurveyPoint.FinalFeedback, "B/FinalFeedback/C"), sealedComment));
    }

    [Fact]
    public void Open_AConcernsTextAsASurveyComment_AndTheOtherWayRound_Fails()
    {
        // Same key, ids chosen so that only the purpose tells the two apart.
        var protector = new TextProtector(Key);
        var answer = new SurveyAnswerKey(Reference.Value, SurveyPoint.FinalFeedback, null);

        Assert.Throws<CryptographicException>(() => protector.Open(answer, protector.Seal(Reference, Text)));
        Assert.Throws<CryptographicException>(() => protector.Open(Reference, protector.Seal(answer, Text)));
    }

    [Fact]
    public void FromOptions_ReadsBase64Keys()
    {
        var options = new TextProtectionOptions { ConcernKey = Convert.ToBase64String(Key) };
        options.PreviousConcernKeys.Add(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var protector = TextProtector.FromOptions(options);

        Assert.Equal(new TextProtector(Key).CurrentKeyId, protector.CurrentKeyId);
    }

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("not base64!", "is not base64")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==", "holds 128 bits")]
    public void FromOptions_MissingOrBadKey_FailsNamingTheSettingNotTheValue(string? key, string why)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextProtector.FromOptions(new TextProtectionOptions { ConcernKey = key }));

        Assert.Contains("MentorFlows:DataProtection:ConcernKey", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PostgreSQL", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key ?? "\u0000", error.Message, StringComparison.Ordinal);
    }
}
