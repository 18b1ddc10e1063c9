using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crewline.BuildingBlocks.Findings;
using Crewline.Contracts.Events.Ownership;

namespace Crewline.Reporting.Tests.Findings;

/// <summary>The findings and the live channel over REST (JSON transcoding), as a browser-side client would call them.</summary>
[Collection(ReportingCollection.Name)]
public sealed class FindingsRestTests(ReportingFixture fixture)
{
    [Fact]
    public async Task ListFindings_and_the_timeline_are_served_over_REST()
    {
        var (org, _) = await fixture.NewOrgCallerAsync("ops-rae");
        var project = Guid.NewGuid();
        await new ProjectionDriver(fixture.Service).ApplyAsync(new OwnershipGapDetected(org, project, "archive", "Function archive has no owner.",
            FailureModeRules.FixNameAnOwner, "R-OWN-7", DateTimeOffset.UtcNow));
        using var http = Http("ops-rae", org);

        var listed = await http.GetFromJsonAsync<JsonElement>("/v1/reporting/findings?pageSize=10");
        var finding = Assert.Single(listed.GetProperty("findings").EnumerateArray()).GetProperty("finding");
        Assert.Equal("FINDING_KIND_UNOWNED_FUNCTION", finding.GetProperty("kind").GetString());
        Assert.Equal("archive", finding.GetProperty("functionKey").GetString());

        var timeline = await http.GetFromJsonAsync<JsonElement>("/v1/reporting/findings:timeline?days=3");
        Assert.Equal(3, timeline.GetProperty("days").GetArrayLength());
    }

    [Fact]
    public async Task WatchUpdates_streams_over_REST_starting_with_SUBSCRIBED()
    {
        var (org, _) = await fixture.NewOrgCallerAsync("ops-sol");
        using var http = Http("ops-sol", org);
        using var response = await http.GetAsync("/v1/reporting/updates:watch", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var bound = new CancellationTokenSource(TestSupport.Eventually.DefaultTimeout);
        var first = await reader.ReadLineAsync(bound.Token);
        Assert.NotNull(first);
        Assert.Contains("LIVE_UPDATE_KIND_SUBSCRIBED", first);
    }

    private HttpClient Http(string subject, Guid org)
    {
        var http = fixture.Service.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Service.TokenFor(subject, org));
        return http;
    }
}
