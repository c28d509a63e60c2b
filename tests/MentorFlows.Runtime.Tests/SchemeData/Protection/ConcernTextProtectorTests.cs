using System.Security.Cryptography;
using System.Text;
using MentorFlows.Domain.Concerns;
using MentorFlows.Runtime.SchemeData.Protection;

namespace MentorFlows.Runtime.Tests.SchemeData.Protection;

public sealed class ConcernTextProtectorTests
{
    private const string Text = "A private account: «he said», 3 < 4 & 'quotes'";
    private static readonly ConcernReference Reference = ConcernReference.Create(2025, 7);
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Seal_ThenOpen_GivesTheTextBack()
    {
        var protector = new ConcernTextProtector(Key);

        var sealedText = protector.Seal(Reference, Text);

        Assert.Equal(Text, protector.Open(Reference, sealedText));
        Assert.Equal(protector.CurrentKeyId, sealedText.KeyId);
        Assert.Equal(12, sealedText.Nonce.Length);
        Assert.Equal(Encoding.UTF8.GetByteCount(Text) + 16, sealedText.Ciphertext.Length);
    }

    [Fact]
    public void Seal_TheSameTextTwice_UsesFreshNoncesAndHidesTheText()
    {
        var protector = new ConcernTextProtector(Key);

        var first = protector.Seal(Reference, Text);
        var second = protector.Seal(Reference, Text);

        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
        Assert.DoesNotContain("private", Encoding.UTF8.GetString(first.Ciphertext), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnderAnotherConcernsReference_Fails()
    {
        var protector = new ConcernTextProtector(Key);
        var sealedText = protector.Seal(Reference, Text);

        var error = Assert.Throws<CryptographicException>(() => protector.Open(ConcernReference.Create(2025, 8), sealedText));

        Assert.Contains("MF-2025-000008", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("private", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AlteredCiphertext_Fails()
    {
        var protector = new ConcernTextProtector(Key);
        var sealedText = protector.Seal(Reference, Text);
        sealedText.Ciphertext[0] ^= 1;

        Assert.Throws<CryptographicException>(() => protector.Open(Reference, sealedText));
    }

    [Fact]
    public void Open_AfterRotation_OpensOldTextsWithThePreviousKeyAndSealsNewOnesWithTheNewKey()
    {
        var old = new ConcernTextProtector(Key);
        var sealedBefore = old.Seal(Reference, Text);
        var rotated = new ConcernTextProtector(RandomNumberGenerator.GetBytes(32), [Key]);

        Assert.Equal(Text, rotated.Open(Reference, sealedBefore));
        Assert.NotEqual(old.CurrentKeyId, rotated.CurrentKeyId);
        Assert.False(rotated.IsCurrent(sealedBefore.KeyId));
        Assert.True(rotated.IsCurrent(rotated.Seal(Reference, Text).KeyId));
    }

    [Fact]
    public void Open_WithAKeyNoLongerConfigured_FailsNamingTheKeyId()
    {
        var sealedText = new ConcernTextProtector(Key).Seal(Reference, Text);

        var error = Assert.Throws<CryptographicException>(() => new ConcernTextProtector(RandomNumberGenerator.GetBytes(32)).Open(Reference, sealedText));

        Assert.Contains(sealedText.KeyId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyId_IsStableForAKeyAndRevealsNothingOfIt()
    {
        var id = new ConcernTextProtector(Key).CurrentKeyId;

        Assert.Equal(id, new ConcernTextProtector(Key).CurrentKeyId);
        Assert.Equal(16, id.Length);
        Assert.DoesNotContain(id, Convert.ToHexStringLower(Key), StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_ReadsBase64Keys()
    {
        var options = new ConcernTextProtectionOptions { ConcernKey = Convert.ToBase64String(Key) };
        options.PreviousConcernKeys.Add(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var protector = ConcernTextProtector.FromOptions(options);

        Assert.Equal(new ConcernTextProtector(Key).CurrentKeyId, protector.CurrentKeyId);
    }

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("not base64!", "is not base64")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==", "holds 128 bits")]
    public void FromOptions_MissingOrBadKey_FailsNamingTheSettingNotTheValue(string? key, string why)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ConcernTextProtector.FromOptions(new ConcernTextProtectionOptions { ConcernKey = key }));

        Assert.Contains("MentorFlows:DataProtection:ConcernKey", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key ?? "\u0000", error.Message, StringComparison.Ordinal);
    }
}
