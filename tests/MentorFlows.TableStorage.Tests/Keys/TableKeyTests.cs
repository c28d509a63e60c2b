using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;

namespace MentorFlows.TableStorage.Tests.Keys;

public sealed class TableKeyTests
{
    private static readonly Gen<string> StudentIds =
        from length in Gen.Choose(1, 12)
        from chars in Gen.ArrayOf(Gen.Elements("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.".ToCharArray()), length)
        select new string(chars);

    [Theory]
    [InlineData("S1234", "S1234")]
    [InlineData("a/b", "a$2Fb")]
    [InlineData("50%", "50$25")]
    [InlineData("O'Neil", "O$27Neil")]
    [InlineData("Life Sciences", "Life$20Sciences")]
    [InlineData("x!y", "x$21y")]
    [InlineData("é", "$C3$A9")]
    [InlineData("a#b?c\\d", "a$23b$3Fc$5Cd")]
    public void Escape_Text_KeepsSafeCharactersAndEscapesTheRestAsUtf8(string component, string expected)
    {
        Assert.Equal(expected, TableKey.Escape(component));
        Assert.Equal(component, TableKey.Unescape(expected));
    }

    [Fact]
    public void Escape_AnyText_RoundTripsAndUsesOnlyCharactersEveryTablesApiAccepts()
    {
        Prop.ForAll<string>(text =>
        {
            if (string.IsNullOrEmpty(text) || !IsWellFormed(text))
            {
                return true;
            }

            var escaped = TableKey.Escape(text);
            return TableKey.Unescape(escaped) == text
                && escaped.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '$');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compose_AnyComponents_SplitsBackIntoThem()
    {
        Prop.ForAll<string[]>(components =>
        {
            var parts = (components ?? []).Where(c => !string.IsNullOrEmpty(c) && IsWellFormed(c)).Take(5).ToArray();
            if (parts.Length == 0 || parts.Sum(p => Encoding.UTF8.GetByteCount(p) * 3) > 400)
            {
                return true;
            }

            return TableKey.Split(TableKey.Compose(parts)).SequenceEqual(parts);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compose_StudentIds_SortsAsTheIdsDo()
    {
        Prop.ForAll(Arb.From(StudentIds), Arb.From(StudentIds), Arb.From(StudentIds), (a, b, match) =>
        {
            var byIds = Math.Sign(string.CompareOrdinal(a, b));
            var byKeys = Math.Sign(string.CompareOrdinal(TableKey.Compose("t", a, match), TableKey.Compose("t", b, match)));
            return byIds == byKeys;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void After_AMentor_IsAboveEachOfTheirKeysAndBelowEachKeyOfALaterMentor()
    {
        Prop.ForAll(Arb.From(StudentIds), Arb.From(StudentIds), Arb.From(StudentIds), (mentor, other, match) =>
        {
            var after = TableKey.After("t", mentor);
            var own = string.CompareOrdinal(TableKey.Compose("t", mentor, match), after) < 0;
            var otherKey = TableKey.Compose("t", other, match);
            var side = string.CompareOrdinal(other, mentor) > 0
                ? string.CompareOrdinal(otherKey, after) >= 0
                : string.CompareOrdinal(otherKey, after) < 0;
            return own && side;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void PrefixRange_Components_HoldsExactlyTheKeysThatStartWithThem()
    {
        var (from, to) = TableKey.PrefixRange("e", "S1");
        bool Inside(string key) => string.CompareOrdinal(key, from) >= 0 && string.CompareOrdinal(key, to) < 0;

        Assert.True(Inside(TableKey.Compose("e", "S1", "m1")));
        Assert.True(Inside(TableKey.Compose("e", "S1", "zzz", "more")));
        Assert.False(Inside(TableKey.Compose("e", "S1")));
        Assert.False(Inside(TableKey.Compose("e", "S10", "m1")));
        Assert.False(Inside(TableKey.Compose("e", "S1-", "m1")));
        Assert.False(Inside(TableKey.Compose("t", "S1", "m1")));
    }

    [Fact]
    public void Compose_LongerThanOneKibibyte_IsRefusedWithoutTheValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => TableKey.Compose(new string('é', 100)));

        Assert.Contains("600 characters", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("$C3", ex.Message, StringComparison.Ordinal);
        Assert.Equal(TableLimits.MaxKeyLength, TableKey.Compose(new string('a', TableLimits.MaxKeyLength)).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("$41")]
    [InlineData("$4")]
    [InlineData("$c3$a9")]
    [InlineData("$FF")]
    public void Unescape_TextEscapeNeverProduces_IsRefused(string text)
    {
        Assert.Throws<FormatException>(() => TableKey.Unescape(text));
    }

    [Fact]
    public void Escape_LoneSurrogate_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => TableKey.Escape("a\ud800"));
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
