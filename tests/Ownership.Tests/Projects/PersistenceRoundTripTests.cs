using System.Text.Json;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Orgs;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Tests.Projects;

[Collection(OwnershipCollection.Name)]
public sealed class PersistenceRoundTripTests(OwnershipFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    [Fact]
    public async Task A_project_with_everything_changed_reloads_in_a_new_scope_with_the_same_state()
    {
        var org = Guid.NewGuid();
        Guid pm = Guid.NewGuid(), producer = Guid.NewGuid(), creative = Guid.NewGuid(), both = Guid.NewGuid();
        var now = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        var project = Project.Create(Guid.NewGuid(), org, "Round trip", ProjectType.Film, "pm", now, IndustryPreset.TechInHouse, ComplexityTier.High);
        project.AddMember(pm, ProjectRole.ProjectManager);
        project.AddMember(producer, ProjectRole.Producer);
        project.AddMember(creative, ProjectRole.CreativeLead);
        project.AddMember(both, ProjectRole.ProjectManager);
        project.AddMember(both, ProjectRole.Producer);
        project.RemoveRole(both, ProjectRole.ProjectManager);
        project.ReassignOwner(VendorPayments, ProjectRole.ProjectManager, pm);
        project.AddOwner(Archive, ProjectRole.CreativeLead, pm);
        project.MarkShared(BrandDocumentation, [ProjectRole.ProjectManager, ProjectRole.CreativeLead], pm);
        project.ConfirmFunction(VendorSelection, producer, now.AddMinutes(1));
        project.ConfirmFunction(ScopeChangeDecisions, pm, now.AddMinutes(2));
        project.DeclareHierarchy(Hierarchy.ProducerSenior, producer);
        project.SetCadence(new CommunicationCadence(CadenceFrequency.TwiceWeekly, "Mon/Thu"), pm);
        project.MarkSpocNamed(ProjectRole.Producer, "producer-sub", "Sam", now.AddMinutes(3));
        project.CompleteKickoffStep(KickoffStep.ProductionPlanPresented, producer, now.AddMinutes(4));
        project.CompleteKickoffStep(KickoffStep.BriefWalkedThrough, creative, now.AddMinutes(5));
        project.TakeDomainEvents();
        var expected = JsonSerializer.Serialize(project.Snapshot(), Json);

        await fixture.Service.InScopeAsync(org, async sp =>
        {
            var db = sp.GetRequiredService<OwnershipDbContext>();
            db.Projects.Add(project);
            return await db.SaveChangesAsync();
        });

        var reloaded = await fixture.Service.InScopeAsync(org, sp =>
            sp.GetRequiredService<OwnershipDbContext>().Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id));

        Assert.Equal(expected, JsonSerializer.Serialize(reloaded.Snapshot(), Json));
        Assert.Equal(ComplexityTier.High, reloaded.ComplexityTier);
        Assert.Equal([ProjectRole.Producer], reloaded.Members.RolesOf(both));
        Assert.Equal(Hierarchy.ProducerSenior, reloaded.Hierarchy);
        Assert.Equal(IndustryPreset.TechInHouse, reloaded.Proposal.Preset);
        Assert.True(reloaded.Matrix.Get(VendorSelection).IsConfirmed);
        Assert.True(reloaded.Matrix.Get(BrandDocumentation).IsShared);
        Assert.Contains(reloaded.DetectOwnershipFindings(), f => f.FunctionKey == Archive); // R-OWN-7 duplicate survives the reload
        Assert.Equal("Mon/Thu", reloaded.Cadence!.Note);
        Assert.Equal("producer-sub", reloaded.Spoc!.PersonSubject);
        Assert.Equal(2, reloaded.KickoffStepsDone.Count);
    }

    [Fact]
    public async Task Active_and_closeout_state_round_trips_and_a_concurrent_edit_fails_on_the_row_version()
    {
        var org = Guid.NewGuid();
        Guid pm = Guid.NewGuid(), producer = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var project = Project.Create(Guid.NewGuid(), org, "Closeout trip", ProjectType.CommercialProduction, "pm", now);
        project.AddMember(pm, ProjectRole.ProjectManager);
        project.AddMember(producer, ProjectRole.Producer);
        project.AddMember(pm, ProjectRole.CreativeLead);
        foreach (var row in project.Matrix.Rows.ToList())
            foreach (var owner in row.Owners.ToList())
                project.ConfirmFunction(row.Key, owner == ProjectRole.Producer ? producer : pm, now);
        project.DeclareHierarchy(Hierarchy.Peers, pm);
        project.SetCadence(new CommunicationCadence(CadenceFrequency.Weekly), pm);
        project.MarkSpocNamed(ProjectRole.ProjectManager, "pm", "Alex", now);
        foreach (var step in KickoffSteps.All)
            project.CompleteKickoffStep(step, KickoffSteps.RoleFor(step) == ProjectRole.Producer ? producer : pm, now);
        project.Start(pm, new HashSet<ProjectRole> { ProjectRole.ProjectManager, ProjectRole.Producer }, now);
        project.ConfirmCloseoutItem(AssetHandoff, producer, now);
        project.RecordRetro("Notes", [pm, producer], pm, now);
        var expected = JsonSerializer.Serialize(project.Snapshot(), Json);
        await fixture.Service.InScopeAsync(org, sp => { var db = sp.GetRequiredService<OwnershipDbContext>(); db.Projects.Add(project); return db.SaveChangesAsync(); });

        var reloaded = await fixture.Service.InScopeAsync(org, sp =>
            sp.GetRequiredService<OwnershipDbContext>().Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(expected, JsonSerializer.Serialize(reloaded.Snapshot(), Json));
        Assert.Equal(Domain.Projects.ProjectPhase.Active, reloaded.Phase);
        Assert.NotNull(reloaded.StartedAt);
        Assert.Equal("Notes", reloaded.Retro!.Notes);
        Assert.Single(reloaded.CloseoutConfirmations);

        // Two edits from the same version: the second save fails (mapped to Aborted by the interceptor).
        await using var first = fixture.Service.Services.CreateAsyncScope();
        await using var second = fixture.Service.Services.CreateAsyncScope();
        first.ServiceProvider.GetRequiredService<BuildingBlocks.Tenancy.TenantContext>().Set(org);
        second.ServiceProvider.GetRequiredService<BuildingBlocks.Tenancy.TenantContext>().Set(org);
        var db1 = first.ServiceProvider.GetRequiredService<OwnershipDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<OwnershipDbContext>();
        var a = await db1.Projects.SingleAsync(p => p.Id == project.Id);
        var b = await db2.Projects.SingleAsync(p => p.Id == project.Id);
        a.ConfirmCloseoutItem(RightsDocumentation, producer, now);
        b.ConfirmCloseoutItem(FinalFiles, pm, now);
        await db1.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        var final = await fixture.Service.InScopeAsync(org, sp =>
            sp.GetRequiredService<OwnershipDbContext>().Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(new[] { AssetHandoff, RightsDocumentation }.Order(StringComparer.Ordinal), final.CloseoutConfirmations.Keys.Order(StringComparer.Ordinal));
    }
}
