using MentorFlows.Domain.Mail;

namespace MentorFlows.Domain.Tests.Mail;

public sealed class EmailAddressSyntaxTests
{
    [Theory]
    [InlineData("a@example.ac.uk")]
    [InlineData("zoe.o'connor@example.ac.uk")]
    [InlineData("first+tag@sub.example.ac.uk")]
    [InlineData("x-y_z@a-b.co")]
    public void IsValid_UniversityStyleAddresses_AreAccepted(string address)
    {
        Assert.True(EmailAddressSyntax.IsValid(address));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("@example.ac.uk")]
    [InlineData("a@")]
    [InlineData("a@b@example.ac.uk")]
    [InlineData("a@localhost")]
    [InlineData(".a@example.ac.uk")]
    [InlineData("a.@example.ac.uk")]
    [InlineData("a..b@example.ac.uk")]
    [InlineData("a b@example.ac.uk")]
    [InlineData("zoë@example.ac.uk")]
    [InlineData("a@-example.ac.uk")]
    [InlineData("a@example..ac.uk")]
    [InlineData("a@exa_mple.ac.uk")]
    [InlineData("a@example.ac.uk\r\nBcc: x@y.z")]
    public void IsValid_MalformedAddresses_AreRejected(string address)
    {
        Assert.False(EmailAddressSyntax.IsValid(address));
    }

    [Fact]
    public void DomainOf_ValidAddress_IsThePartAfterTheAt()
    {
        Assert.Equal("example.ac.uk", EmailAddressSyntax.DomainOf("a@example.ac.uk").ToString());
    }
}
