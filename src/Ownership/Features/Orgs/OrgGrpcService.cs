using System.Text.RegularExpressions;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Paging;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Features.People;
using Crewline.Ownership.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Orgs;

/// <summary>
/// The org's profile, people and function catalog (R-IND, R-OWN-8). Admins of the org configure it,
/// add people and set their org role; any person of the org reads; the org's first person, who
/// adds themself, is its first admin.
/// </summary>
public sealed partial class OrgGrpcService(
    OwnershipDbContext db, EventOutbox outbox, IdempotencyStore idempotency, Access.OrgAccess access, TimeProvider clock)
    : Proto.OrgService.OrgServiceBase
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabKey();

    public override async Task<Proto.OrgProfile> ConfigureOrg(Proto.ConfigureOrgRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var validator = new RequestValidator().RequiredText(request.Name, "name", OrgProfile.MaxNameLength);
        validator.Check(System.Enum.IsDefined(request.IndustryPreset), "industry_preset", "unknown industry preset");
        validator.ThrowIfInvalid();
        await access.RequireAdminAsync(caller, context.CancellationToken);
        var profile = await db.Set<OrgProfile>().SingleOrDefaultAsync(context.CancellationToken);
        if (profile is null) db.Add(profile = new OrgProfile { OrgId = caller.OrgId });
        profile.Name = request.Name.Trim();
        profile.Preset = request.IndustryPreset.ToOptionalDomain();
        var now = clock.GetUtcNow();
        profile.UpdatedAt = now.AddTicks(-(now.Ticks % 10)); // PostgreSQL keeps microseconds: answer what a read returns
        outbox.Enqueue(new OrgProfileConfigured(caller.OrgId, profile.Name, profile.Preset.ContractName(), caller.Subject, profile.UpdatedAt));
        await db.SaveChangesAsync(context.CancellationToken);
        outbox.NotifyCommitted();
        return ToProto(profile);
    }

    public override async Task<Proto.OrgProfile> GetOrg(Proto.GetOrgRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        await access.RequirePersonAsync(caller, context.CancellationToken);
        var profile = await db.Set<OrgProfile>().AsNoTracking().SingleOrDefaultAsync(context.CancellationToken)
                      ?? throw new NotFoundException("Org profile", caller.OrgId.ToString());
        return ToProto(profile);
    }

    public override async Task<Proto.Person> AddPerson(Proto.AddPersonRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var validator = new RequestValidator()
            .RequiredText(request.Name, "name", Person.MaxNameLength)
            .RequiredText(request.Email, "email", Person.MaxEmailLength)
            .OptionalText(request.Subject, "subject", Person.MaxSubjectLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .Check(System.Enum.IsDefined(request.OrgRole), "org_role", "unknown org role");
        validator.Check(string.IsNullOrWhiteSpace(request.Email) || (request.Email.Trim().Length >= 3 && request.Email.Contains('@')), "email", "must be an email address");
        validator.ThrowIfInvalid();
        var email = request.Email.Trim().ToLowerInvariant();
        var subject = string.IsNullOrWhiteSpace(request.Subject) ? null : request.Subject.Trim();
        var role = request.OrgRole == Proto.OrgRole.Admin ? People.OrgRole.Admin : People.OrgRole.Member;
        if (await access.IsEmptyAsync(context.CancellationToken))
        {
            // Bootstrap: the org's first person adds themself and becomes its first admin.
            if (subject != caller.Subject)
                throw new PermissionDeniedException("The org has no person yet: its first person adds themself (with their token subject) and becomes its admin.");
            role = People.OrgRole.Admin;
        }
        else
        {
            await access.RequireAdminAsync(caller, context.CancellationToken);
        }
        if (string.IsNullOrEmpty(request.IdempotencyKey)
            && await db.Set<Person>().AnyAsync(p => p.Email == email || (subject != null && p.Subject == subject), context.CancellationToken))
            throw new ConflictException("A person with this email or subject is already in the org.");
        Guid id;
        try
        {
            id = await idempotency.RunOnceAsync("AddPerson", request.IdempotencyKey, request, () =>
            {
                var person = new Person
                {
                    Id = Guid.CreateVersion7(), OrgId = caller.OrgId, Name = request.Name.Trim(), Email = email,
                    Subject = subject, CreatedAt = clock.GetUtcNow(), OrgRole = role,
                };
                db.Add(person);
                outbox.Enqueue(new PersonAdded(caller.OrgId, person.Id, person.Name, person.Email, person.Subject, caller.Subject, person.CreatedAt,
                    person.OrgRole.ContractName()));
                return person.Id;
            }, context.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } pg
                                           && pg.ConstraintName?.StartsWith("ix_people_", StringComparison.Ordinal) == true)
        {
            throw new ConflictException("A person with this email or subject is already in the org.");
        }
        outbox.NotifyCommitted();
        return ToProto(await db.Set<Person>().AsNoTracking().SingleAsync(p => p.Id == id, context.CancellationToken));
    }

    public override async Task<Proto.ListPeopleResponse> ListPeople(Proto.ListPeopleRequest request, ServerCallContext context)
    {
        await access.RequirePersonAsync(context.Caller(), context.CancellationToken);
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.Decode(request.PageToken, validator);
        (string Name, Guid Id)? cursor = null;
        if (after is not null)
        {
            var cut = after.LastIndexOf('|');
            if (cut > 0 && Guid.TryParse(after[(cut + 1)..], out var afterId)) cursor = (after[..cut], afterId);
            else validator.Check(false, "page_token", "is not a token this API returned");
        }
        validator.ThrowIfInvalid();
        var query = db.Set<Person>().AsNoTracking();
        if (cursor is { } c)
            query = query.Where(p => string.Compare(p.Name, c.Name) > 0 || (p.Name == c.Name && p.Id.CompareTo(c.Id) > 0));
        var page = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new Proto.ListPeopleResponse();
        response.People.AddRange(page.Take(size).Select(ToProto));
        if (page.Count > size) response.NextPageToken = PageToken.Encode($"{page[size - 1].Name}|{page[size - 1].Id}");
        return response;
    }

    public override async Task<Proto.Person> GetMe(Proto.GetMeRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var me = await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.Subject == caller.Subject, context.CancellationToken)
                 ?? throw new NotFoundException("Person with subject", caller.Subject);
        return ToProto(me);
    }

    public override async Task<Proto.CatalogFunction> AddOrgFunction(Proto.AddOrgFunctionRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var validator = new RequestValidator()
            .RequiredText(request.Key, "key", FunctionDefinition.MaxKeyLength)
            .RequiredText(request.Name, "name", FunctionDefinition.MaxNameLength)
            .KnownEnum(request.Area, "area");
        validator.Check(string.IsNullOrEmpty(request.Key) || KebabKey().IsMatch(request.Key), "key", "must be lower-kebab-case (e.g. vendor-insurance)");
        validator.Check(string.IsNullOrEmpty(request.Key) || !FunctionCatalog.Default.Contains(request.Key), "key", "is a built-in function");
        validator.Check(request.DefaultOwners.Count > 0, "default_owners", "must name at least one role");
        validator.Check(request.DefaultOwners.All(r => r != Contracts.Common.V1.ProjectRole.Unspecified && System.Enum.IsDefined(r)), "default_owners", "must be known roles");
        validator.ThrowIfInvalid();
        await access.RequireAdminAsync(caller, context.CancellationToken);
        if (await db.Set<OrgFunction>().AnyAsync(f => f.Key == request.Key, context.CancellationToken))
            throw new ValidationException("key", $"the org's catalog already has '{request.Key}'");
        var function = new OrgFunction
        {
            OrgId = caller.OrgId, Key = request.Key, Name = request.Name.Trim(), Area = request.Area.ToDomain(),
            DefaultOwners = request.DefaultOwners.Select(r => r.ToDomain()).Distinct().ToArray(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(function);
        outbox.Enqueue(new OrgFunctionAdded(caller.OrgId, function.Key, function.Name,
            function.DefaultOwners.Select(r => r.ContractName()).ToList(), caller.Subject, function.CreatedAt));
        await db.SaveChangesAsync(context.CancellationToken);
        outbox.NotifyCommitted();
        return ToProto(function.ToDefinition(), true);
    }

    public override async Task<Proto.ListFunctionsResponse> ListFunctions(Proto.ListFunctionsRequest request, ServerCallContext context)
    {
        await access.RequirePersonAsync(context.Caller(), context.CancellationToken);
        var own = await db.Set<OrgFunction>().AsNoTracking().ToListAsync(context.CancellationToken);
        var ownKeys = own.Select(f => f.Key).ToHashSet();
        var catalog = new FunctionCatalog(own.Select(f => f.ToDefinition()));
        var response = new Proto.ListFunctionsResponse();
        response.Functions.AddRange(catalog.All.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => ToProto(f, ownKeys.Contains(f.Key))));
        return response;
    }

    internal static Proto.CatalogFunction ToProto(FunctionDefinition f, bool orgSpecific)
    {
        var proto = new Proto.CatalogFunction { Key = f.Key, Name = f.Name, Area = f.Area.ToProto(), RuleId = f.RuleId, OrgSpecific = orgSpecific };
        proto.DefaultOwners.AddRange(f.DefaultOwners.ToProto());
        return proto;
    }

    private static Proto.OrgProfile ToProto(OrgProfile p) => new()
    {
        OrgId = p.OrgId.ToString(), Name = p.Name,
        IndustryPreset = p.Preset.ToProto(),
        UpdatedAt = Timestamp.FromDateTimeOffset(p.UpdatedAt),
    };

    internal static Proto.Person ToProto(Person p) => new()
    {
        PersonId = p.Id.ToString(), OrgId = p.OrgId.ToString(), Name = p.Name, Email = p.Email, Subject = p.Subject ?? "",
        CreatedAt = Timestamp.FromDateTimeOffset(p.CreatedAt), OrgRole = p.OrgRole.ToProto(),
    };
}

internal static class OrgRoleMapping
{
    public static Proto.OrgRole ToProto(this People.OrgRole role) => role switch
    {
        People.OrgRole.Admin => Proto.OrgRole.Admin,
        People.OrgRole.Member => Proto.OrgRole.Member,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The proto name events carry, e.g. <c>ORG_ROLE_ADMIN</c>.</summary>
    public static string ContractName(this People.OrgRole role) => Crewline.Contracts.ProtoEnums.NameOf(role.ToProto());
}
