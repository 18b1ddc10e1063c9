using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Paging;

namespace Crewline.BuildingBlocks.Tests;

public sealed class PageTokenTests
{
    [Fact]
    public void Size_zero_means_the_default_page_size()
    {
        var validator = new RequestValidator();
        Assert.Equal(PageToken.DefaultPageSize, PageToken.Size(0, validator));
        validator.ThrowIfInvalid();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(PageToken.MaxPageSize)]
    public void Size_keeps_a_requested_size_within_bounds(int requested)
    {
        var validator = new RequestValidator();
        Assert.Equal(requested, PageToken.Size(requested, validator));
        validator.ThrowIfInvalid();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(PageToken.MaxPageSize + 1)]
    public void Size_out_of_bounds_is_a_violation_on_page_size(int requested)
    {
        var validator = new RequestValidator();
        PageToken.Size(requested, validator);
        var ex = Assert.Throws<ValidationException>(validator.ThrowIfInvalid);
        Assert.Equal("page_size", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void A_token_decodes_to_the_key_it_was_encoded_from()
    {
        const string key = "638700000000000000|0f8fad5b-d9cb-469f-a165-70867728950e";
        var validator = new RequestValidator();
        var token = PageToken.Encode(key);
        Assert.NotEqual(key, token);
        Assert.Equal(key, PageToken.Decode(token, validator));
        validator.ThrowIfInvalid();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_token_means_the_first_page(string? token)
    {
        var validator = new RequestValidator();
        Assert.Null(PageToken.Decode(token, validator));
        validator.ThrowIfInvalid();
    }

    [Theory]
    [InlineData("not a token!")]
    [InlineData("abc")]
    public void A_malformed_token_is_a_violation_on_page_token(string token)
    {
        var validator = new RequestValidator();
        Assert.Null(PageToken.Decode(token, validator));
        var ex = Assert.Throws<ValidationException>(validator.ThrowIfInvalid);
        Assert.Equal("page_token", Assert.Single(ex.Violations).Field);
    }
}
