using Crewline.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crewline.BuildingBlocks.Tests;

public class ValidatedTokenCacheTests
{
    private static readonly AuthOptions Options = new() { SigningKey = new string('s', 64) };
    private static readonly Guid Org = Guid.NewGuid();

    private static TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = Options.Issuer,
        ValidAudience = Options.Audience,
        IssuerSigningKey = DevTokenIssuer.KeyFrom(Options.SigningKey!),
        ValidAlgorithms = AuthenticationSetup.LocalKeyAlgorithms,
        ClockSkew = AuthenticationSetup.ClockSkew,
    };

    [Fact]
    public async Task A_valid_token_is_validated_once_and_each_request_gets_its_own_identity()
    {
        var (inner, clock) = (new CountingHandler(), new ManualClock());
        var cache = new ValidatedTokenCache(inner, clock);
        var token = new DevTokenIssuer(Options).Issue("pm", Org);

        var first = await cache.ValidateTokenAsync(token, Parameters());
        var second = await cache.ValidateTokenAsync(token, Parameters());

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, inner.Calls);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal(Org.ToString(), second.ClaimsIdentity.FindFirst(CrewlineClaims.Org)?.Value);
        Assert.Equal("pm", second.ClaimsIdentity.FindFirst(CrewlineClaims.Subject)?.Value);
        Assert.NotNull(second.SecurityToken);
    }

    [Fact]
    public async Task An_invalid_token_is_never_remembered()
    {
        var (inner, clock) = (new CountingHandler(), new ManualClock());
        var cache = new ValidatedTokenCache(inner, clock);
        var forged = new DevTokenIssuer(new AuthOptions { SigningKey = new string('x', 64) }).Issue("pm", Org);

        Assert.False((await cache.ValidateTokenAsync(forged, Parameters())).IsValid);
        Assert.False((await cache.ValidateTokenAsync(forged, Parameters())).IsValid);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task A_remembered_token_is_validated_again_once_it_expires()
    {
        var (inner, clock) = (new CountingHandler(), new ManualClock());
        var cache = new ValidatedTokenCache(inner, clock);
        var token = new DevTokenIssuer(Options).Issue("pm", Org, lifetime: TimeSpan.FromMinutes(2));
        await cache.ValidateTokenAsync(token, Parameters());

        clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await cache.ValidateTokenAsync(token, Parameters());

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task A_long_lived_token_is_validated_again_after_the_reuse_limit()
    {
        var (inner, clock) = (new CountingHandler(), new ManualClock());
        var cache = new ValidatedTokenCache(inner, clock);
        var token = new DevTokenIssuer(Options).Issue("pm", Org);
        await cache.ValidateTokenAsync(token, Parameters());

        clock.Advance(ValidatedTokenCache.MaxReuse - TimeSpan.FromSeconds(1));
        await cache.ValidateTokenAsync(token, Parameters());
        Assert.Equal(1, inner.Calls);

        clock.Advance(TimeSpan.FromSeconds(2));
        await cache.ValidateTokenAsync(token, Parameters());
        Assert.Equal(2, inner.Calls);
    }

    private sealed class CountingHandler : JsonWebTokenHandler
    {
        private int _calls;
        public int Calls => _calls;

        public CountingHandler() => MapInboundClaims = false;

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Interlocked.Increment(ref _calls);
            return base.ValidateTokenAsync(token, validationParameters);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
