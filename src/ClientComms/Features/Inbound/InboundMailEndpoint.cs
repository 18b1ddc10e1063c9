using System.Text.Json;
using System.Text.RegularExpressions;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.ClientComms.Domain.Contacts;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Features.ChangeOrders;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts;
using Crewline.Contracts.Events.ClientComms;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crewline.ClientComms.Features.Inbound;

/// <summary>
/// <c>POST /v1/clientcomms/inbound-mail</c>: a client's mail, posted by the mail provider, signed
/// instead of carrying a bearer token (<see cref="InboundSignature"/>). It is threaded to the outbound
/// message whose reply token it carries, stored in that project's conversation, and: marked as a
/// change request, it publishes <see cref="ClientChangeRequestReceived"/>; marked accept or decline on
/// a change order's thread, <see cref="ClientRespondedToChangeOrder"/>. Answers 202 (stored), 200 (that
/// id was stored before), 400 (bad JSON), 401 (bad or stale signature), 422 (no thread for the token).
/// </summary>
public static partial class InboundMailEndpoint
{
    public const int MaxBodyBytes = 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplication MapInboundMail(this WebApplication app)
    {
        app.MapPost(ResourceNames.InboundMailPath, HandleAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, InboundMailOptions options, IServiceScopeFactory scopes, TimeProvider clock, ILoggerFactory logs)
    {
        var body = await ReadBodyAsync(http.Request);
        if (body is null) return Results.Problem($"The body is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        var refused = InboundSignature.Check(options.SigningSecret, http.Request.Headers[InboundSignature.TimestampHeader],
            http.Request.Headers[InboundSignature.SignatureHeader], body, clock.GetUtcNow(), options.MaxClockSkew);
        if (refused is not null)
        {
            logs.CreateLogger(typeof(InboundMailEndpoint)).LogWarning("Inbound mail refused: {Reason}", refused);
            return Results.Problem(refused, statusCode: StatusCodes.Status401Unauthorized);
        }

        InboundMail? mail;
        try { mail = JsonSerializer.Deserialize<InboundMail>(body, Json); }
        catch (JsonException ex) { return Results.Problem($"Not the inbound mail JSON: {ex.Message}", statusCode: StatusCodes.Status400BadRequest); }
        if (Invalid(mail) is { } problem) return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);

        var token = ReplyToken(mail!);
        if (token is null) return Results.Problem("No reply token in the recipients or the subject.", statusCode: StatusCodes.Status422UnprocessableEntity);
        Guid orgId;
        await using (var lookup = scopes.CreateAsyncScope())
        {
            // The token is the only thing that names the org: this one read goes across orgs.
            var db = lookup.ServiceProvider.GetRequiredService<ClientCommsDbContext>();
            var thread = await db.Messages.IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.ReplyToken == token && m.Direction == MessageDirection.Outbound && m.State == MessageState.Sent)
                .Select(m => new { m.OrgId }).FirstOrDefaultAsync(http.RequestAborted);
            if (thread is null) return Results.Problem("No sent message carries this reply token.", statusCode: StatusCodes.Status422UnprocessableEntity);
            orgId = thread.OrgId;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(orgId);
        return await StoreAsync(scope.ServiceProvider, token, mail!, clock.GetUtcNow(), http.RequestAborted);
    }

    private static async Task<IResult> StoreAsync(IServiceProvider services, string token, InboundMail mail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ClientCommsDbContext>();
        var outbox = services.GetRequiredService<EventOutbox>();
        if (await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.ExternalId == mail.Id, cancellationToken) is { } earlier)
            return Results.Ok(new { messageId = earlier.Id, projectId = earlier.ProjectId, duplicate = true });
        var thread = await db.Messages.AsNoTracking().SingleAsync(m => m.ReplyToken == token && m.Direction == MessageDirection.Outbound, cancellationToken);
        var marker = (mail.Marker ?? "").Trim().ToLowerInvariant();
        var message = ClientMessage.Received(thread, mail.Id!, mail.From!.Name ?? "", EmailAddresses.Normalize(mail.From.Email!), mail.Subject ?? "",
            mail.Text ?? "", marker == "change_request", now);
        db.Messages.Add(message);
        outbox.Enqueue(new ClientMailReceived(message.OrgId, message.ProjectId, message.Id, thread.Id, message.FromEmail, now));
        if (message.ChangeRequest)
            outbox.Enqueue(new ClientChangeRequestReceived(message.OrgId, message.ProjectId, message.Id, message.Subject, message.Body,
                message.FromName, message.FromEmail, now));
        if (marker is "accept" or "decline" && thread.Kind == MessageKind.ChangeOrder)
            outbox.Enqueue(ChangeOrderAnswers.Responded(thread, marker == "accept", message.Body.Trim(), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ClientCommsDbContext.ExternalIdIndexName })
        {
            return Results.Ok(new { duplicate = true }); // the same post raced itself
        }
        outbox.NotifyCommitted();
        return Results.Accepted(value: new { messageId = message.Id, projectId = message.ProjectId, duplicate = false });
    }

    private static string? Invalid(InboundMail? mail)
    {
        if (mail is null) return "The body is empty.";
        if (string.IsNullOrWhiteSpace(mail.Id) || mail.Id.Length > 300) return "id: must be 1 to 300 characters.";
        if (mail.From is null || !EmailAddresses.IsValid(mail.From.Email)) return "from.email: must be a valid email address.";
        if ((mail.Subject ?? "").Length > ClientMessage.MaxSubjectLength) return $"subject: at most {ClientMessage.MaxSubjectLength} characters.";
        if ((mail.Text ?? "").Length > ClientMessage.MaxBodyLength) return $"text: at most {ClientMessage.MaxBodyLength} characters.";
        if (mail.Marker is { Length: > 0 } m && m.Trim().ToLowerInvariant() is not ("change_request" or "accept" or "decline"))
            return "marker: must be change_request, accept, decline or empty.";
        return null;
    }

    /// <summary>The reply token from a <c>reply+&lt;token&gt;@</c> recipient, else from <c>[ref:&lt;token&gt;]</c> in the subject.</summary>
    public static string? ReplyToken(InboundMail mail)
    {
        foreach (var to in mail.To ?? [])
            if (ReplyAddress().Match(to) is { Success: true } m) return m.Groups[1].Value.ToLowerInvariant();
        return SubjectRef().Match(mail.Subject ?? "") is { Success: true } s ? s.Groups[1].Value.ToLowerInvariant() : null;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    [GeneratedRegex(@"reply\+([a-z2-7]{20})@", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyAddress();

    [GeneratedRegex(@"\[ref:([a-z2-7]{20})\]", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectRef();
}
