using Grpc.Core;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.DemoSeeder;

/// <summary>
/// Seeds the demo org through the gateway, acting as its people: reads what the org already holds
/// (as its admin), decides what is missing (<see cref="SeedWork.Decide"/>), adds it, and logs it all.
/// A second run on kept data finds everything there and does nothing.
/// </summary>
public sealed class DemoOrgSeeder(DemoPlan plan, DemoGateway gateway, ILogger<DemoOrgSeeder> logger)
{
    private const int ProjectsAtOnce = 4;

    public async Task RunAsync(CancellationToken ct)
    {
        var orgs = new Own.OrgService.OrgServiceClient(await gateway.AsAsync(plan.Admin, ct));
        var adminExists = await AdminExistsAsync(orgs, ct);
        var people = adminExists ? await ListPeopleAsync(orgs, ct) : [];
        var projectNames = adminExists ? await ListProjectNamesAsync(ct) : [];
        var work = SeedWork.Decide(plan, adminExists, people.Select(p => p.Subject).ToList(), projectNames);
        if (work.NothingToDo)
        {
            logger.LogInformation("Demo org {Org} ({OrgId}) already exists with its {People} people and {Projects} projects: nothing to do.",
                plan.OrgName, plan.OrgId, plan.People.Count, plan.Projects.Count);
            return;
        }

        logger.LogInformation("Seeding demo org {Org} ({OrgId}): {People} people and {Projects} projects to add.",
            plan.OrgName, plan.OrgId, work.PeopleToAdd.Count, work.ProjectsToSeed.Count);
        var personIds = people.ToDictionary(p => p.Subject, p => p.PersonId, StringComparer.Ordinal);
        foreach (var person in work.PeopleToAdd)
        {
            var added = await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = person.Name, Email = person.Email, Subject = person.Subject }, cancellationToken: ct);
            personIds[person.Subject] = added.PersonId;
            logger.LogInformation("  person {Name} (token subject {Subject}){Admin}.", person.Name, person.Subject, person == plan.Admin ? ", the org's admin" : "");
        }
        if (work.NewOrg)
            await orgs.ConfigureOrgAsync(new Own.ConfigureOrgRequest { Name = plan.OrgName, IndustryPreset = plan.Preset }, cancellationToken: ct);

        // Most of a project's seeding is waiting for the other services to learn of it: a few at once.
        var projects = new ProjectSeeder(plan, gateway, personIds, logger);
        await Parallel.ForEachAsync(work.ProjectsToSeed, new ParallelOptions { MaxDegreeOfParallelism = ProjectsAtOnce, CancellationToken = ct },
            async (project, token) => await projects.SeedAsync(project, token));
        logger.LogInformation("Demo org seeded. Sign in to the dashboard (/dashboard) with org id {OrgId} and subject {Subject} ({Name}, the org's admin: sees every project).",
            plan.OrgId, plan.Admin.Subject, plan.Admin.Name);
    }

    private static async Task<bool> AdminExistsAsync(Own.OrgService.OrgServiceClient orgs, CancellationToken ct)
    {
        try
        {
            await orgs.GetMeAsync(new Own.GetMeRequest(), cancellationToken: ct);
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    }

    private static async Task<List<Own.Person>> ListPeopleAsync(Own.OrgService.OrgServiceClient orgs, CancellationToken ct)
    {
        var all = new List<Own.Person>();
        var request = new Own.ListPeopleRequest { PageSize = 200 };
        do
        {
            var page = await orgs.ListPeopleAsync(request, cancellationToken: ct);
            all.AddRange(page.People);
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        return all;
    }

    private async Task<List<string>> ListProjectNamesAsync(CancellationToken ct)
    {
        var client = new Own.OwnershipService.OwnershipServiceClient(await gateway.AsAsync(plan.Admin, ct));
        var names = new List<string>();
        var request = new Own.ListProjectsRequest { PageSize = 200, AllOrgProjects = true };
        do
        {
            var page = await client.ListProjectsAsync(request, cancellationToken: ct);
            names.AddRange(page.Projects.Select(p => p.Name));
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        return names;
    }
}
