using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crewline.ServiceDefaults.Auth;

public static class AuthenticationSetup
{
    /// <summary>Signature algorithms accepted from an identity provider (asymmetric keys only).</summary>
    public static readonly IReadOnlyList<string> IdentityProviderAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];

    /// <summary>The one signature algorithm of locally signed development tokens.</summary>
    public static readonly IReadOnlyList<string> LocalKeyAlgorithms = [SecurityAlgorithms.HmacSha256];

    /// <summary>How far a token's lifetime may disagree with this machine's clock.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// JWT bearer authentication: against <c>Auth:Authority</c> when set, else against the
    /// local <c>Auth:SigningKey</c>. A process with neither refuses to start. The signature
    /// algorithms are pinned (no <c>none</c>, no algorithm the key was not meant for) and the
    /// clock skew is small. A token found valid is remembered until it expires (at most 5 minutes,
    /// <see cref="ValidatedTokenCache"/>), so a caller's next call does not validate it again.
    /// </summary>
    public static TBuilder AddCrewlineAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<DevTokenIssuer>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(new ValidatedTokenCache(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System));
                jwt.TokenValidationParameters.NameClaimType = CrewlineClaims.Name;
                jwt.TokenValidationParameters.ValidAudience = options.Audience;
                jwt.TokenValidationParameters.ClockSkew = ClockSkew;
                jwt.TokenValidationParameters.RequireExpirationTime = true;
                jwt.TokenValidationParameters.RequireSignedTokens = true;
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.Authority = options.Authority;
                    jwt.Audience = options.Audience;
                    jwt.TokenValidationParameters.ValidAlgorithms = IdentityProviderAlgorithms;
                }
                else if (!string.IsNullOrWhiteSpace(options.SigningKey))
                {
                    if (options.SigningKey.Length < 32)
                        throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters.");
                    jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                    jwt.TokenValidationParameters.IssuerSigningKey = DevTokenIssuer.KeyFrom(options.SigningKey);
                    jwt.TokenValidationParameters.ValidAlgorithms = LocalKeyAlgorithms;
                }
                else
                {
                    throw new InvalidOperationException("Set Auth:Authority (identity provider) or Auth:SigningKey (development key).");
                }
            });
        // Every protected endpoint needs an authenticated caller that belongs to an org.
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(CrewlineClaims.Org)
                .Build());
        return builder;
    }
}
