using Crewline.BuildingBlocks.OrgDesign;
using Crewline.BuildingBlocks.Errors;
using Crewline.Contracts;
using Crewline.Ownership.Domain.OrgDesign;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Features.Access;
using Crewline.Ownership.Features.Orgs;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Domain = Crewline.Ownership.Domain;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.OrgDesign;

/// <summary>
/// R-ORG-1..6: advice from typed-in inputs, or from the org's live portfolio (its projects
/// running now; production-heavy types count as externally intensive). Bad input is
/// <c>InvalidArgument</c> first; then the caller must be a person of the org (<c>PermissionDenied</c>).
/// </summary>
public sealed class StaffingAdviceHandler(OwnershipDbContext db, OrgAccess access)
{
    public const int MaxConcurrentProductions = 10_000;

    public async Task<Proto.StaffingAdvice> FromInputsAsync(Proto.AdviseStaffingRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator()
            .KnownEnum(request.Intensity, "intensity")
            .Check(request.ConcurrentProductions is >= 0 and <= MaxConcurrentProductions, "concurrent_productions",
                $"must be between 0 and {MaxConcurrentProductions}");
        var preset = await PresetAsync(request.Preset, validator, cancellationToken);
        validator.ThrowIfInvalid();
        await access.RequirePersonAsync(caller, cancellationToken);
        var advice = OrgDesignAdvisor.Advise(request.Intensity.ToDomain(), request.ConcurrentProductions, preset);
        return advice.ToProto();
    }

    public async Task<Proto.StaffingAdvice> FromPortfolioAsync(Proto.AdviseStaffingFromPortfolioRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var preset = await PresetAsync(request.Preset, validator, cancellationToken);
        validator.ThrowIfInvalid();
        await access.RequirePersonAsync(caller, cancellationToken);

        var projects = await db.Projects.AsNoTracking().ToListAsync(cancellationToken);
        var portfolio = projects.Select(p => new PortfolioProject(
            p.Id,
            ProjectTypes.IsProductionHeavy(p.Type.ToProto()),
            p.Phase == ProjectPhase.Active)).ToList();
        return OrgDesignAdvisor.Advise(PortfolioAnalyzer.InputsFrom(portfolio), preset).ToProto();
    }

    /// <summary>The preset asked for, else the org's configured one; a violation on <c>preset</c> when there is neither.</summary>
    private async Task<Domain.Orgs.IndustryPreset> PresetAsync(Proto.IndustryPreset requested, RequestValidator validator, CancellationToken cancellationToken)
    {
        if (requested != Proto.IndustryPreset.Unspecified)
        {
            validator.KnownEnum(requested, "preset");
            return Enum.IsDefined(requested) ? requested.ToDomain() : default;
        }
        var configured = await db.Set<OrgProfile>().AsNoTracking().Select(o => o.Preset).SingleOrDefaultAsync(cancellationToken);
        validator.Check(configured is not null, "preset", "must be given while the org has no industry preset configured");
        return configured ?? Domain.Orgs.IndustryPreset.Advertising;
    }
}
