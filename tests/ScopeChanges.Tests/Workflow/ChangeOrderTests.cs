using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.ScopeChanges.Infrastructure;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crewline.ScopeChanges.Tests.Workflow;

[Collection(ScopeChangesCollection.Name)]
public sealed class ChangeOrderTests(ScopeChangesFixture fixture)
{
    private static GetChangeOrderRequest Order(ChangeRequest change, int version = 1) =>
        new() { ChangeRequestId = change.ChangeRequestId, Version = version };

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public async Task R_SCOPE_4_the_change_order_holds_the_request_both_assessments_the_response_signatures_and_version()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync("Add a 15-second cut-down");

        var order = await p.Producer.GetChangeOrderAsync(Order(approved));

        Assert.Equal(approved.ChangeOrderId, order.ChangeOrderId);
        Assert.Equal(1, order.Version);
        Assert.Equal("Change order: Add a 15-second cut-down (version 1)", order.Subject);
        foreach (var expected in new[]
                 {
                     "# Change order: Add a 15-second cut-down (version 1)", "Dana Client", "The client wants a cut-down for social.",
                     "15-second cut-down", "## Production impact (producer)", "| Shoot | 1,500.50 EUR |", "| Post | 250.00 EUR |",
                     "Schedule impact: 2 day(s).", "Final delivery", "The edit house needs one more day.",
                     "## Flow impact (project manager)", "Extra revision rounds: 1.", "| Design | 12.5 |",
                     "## Combined response (version 1)", "Total cost: 1,750.50 EUR", "Delivery moves by: 3 day(s)",
                     "| Extra edit day | Producer | 2027-05-05 | 2027-05-06 |", "| Extra client review | Project manager | 2027-05-07 | 2027-05-07 |",
                     "## Signatures", "| Project manager | pm-alex |", "| Producer | producer-sam |",
                 })
            Assert.Contains(expected, order.Markdown);
        Assert.Contains("<h1>Change order: Add a 15-second cut-down (version 1)</h1>", order.Html);
        Assert.Contains("<table>", order.Html);
        Assert.Contains("<td>producer-sam</td>", order.Html);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public async Task R_SCOPE_4_html_the_client_or_a_member_typed_is_sanitized_out_of_the_change_order()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync("<script>alert(1)</script><img src=x onerror=alert(2)> cut-down");

        var order = await p.Pm.GetChangeOrderAsync(Order(approved));

        Assert.DoesNotContain("<script", order.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", order.Html.Replace("onerror=alert(2)&gt;", ""), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", order.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public async Task R_SCOPE_4_a_written_change_order_is_immutable_in_the_database()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync();
        var id = Guid.Parse(approved.ChangeOrderId);

        async Task<PostgresException> Refused(string sql) => await Assert.ThrowsAsync<PostgresException>(() => p.Service.InScopeAsync(p.Org, sp =>
            sp.GetRequiredService<ScopeChangesDbContext>().Database.ExecuteSqlRawAsync(sql, id)));

        Assert.Contains("immutable", (await Refused("UPDATE change_orders SET markdown = 'forged' WHERE id = {0}")).MessageText);
        Assert.Contains("immutable", (await Refused("DELETE FROM change_orders WHERE id = {0}")).MessageText);
        Assert.DoesNotContain("forged", (await p.Pm.GetChangeOrderAsync(Order(approved))).Markdown);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-5")]
    public async Task R_SCOPE_5_on_approval_the_change_order_goes_to_client_communications_to_be_sent_as_the_SPOC()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync();
        var order = await p.Pm.GetChangeOrderAsync(Order(approved));

        Assert.Equal(ChangeRequestStatus.SentToClient, approved.Status);
        var issued = JsonDocument.Parse(Assert.Single(await p.EventsAsync("ChangeOrderIssued")).Payload).RootElement;
        Assert.Equal(approved.ChangeOrderId, issued.GetProperty("changeOrderId").GetString());
        Assert.Equal(1, issued.GetProperty("version").GetInt32());
        Assert.Equal(order.Markdown, issued.GetProperty("markdown").GetString());
        Assert.Equal(order.Html, issued.GetProperty("html").GetString());

        var approval = JsonDocument.Parse(Assert.Single(await p.EventsAsync("ScopeChangeApproved")).Payload).RootElement;
        Assert.Equal("pm-alex", approval.GetProperty("pmSubject").GetString());
        Assert.Equal("producer-sam", approval.GetProperty("producerSubject").GetString());
        var items = approval.GetProperty("addedPlanItems").EnumerateArray().ToList();
        Assert.Equal(approved.Versions[0].PlanItems.Select(i => i.ItemId).Order(), items.Select(i => i.GetProperty("itemId").GetString()).Order());
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public async Task R_SCOPE_4_the_change_order_downloads_over_REST_as_a_Markdown_or_HTML_document()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync();
        var order = await p.Pm.GetChangeOrderAsync(Order(approved));
        using var http = p.Service.Server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", p.Service.TokenFor("producer-sam", p.Org));
        var path = $"/v1/scopechanges/change-requests/{approved.ChangeRequestId}/change-orders/1/document";

        using var markdown = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", ContentDisposition(markdown));
        Assert.Contains($"change-order-{approved.ChangeRequestId}-v1.md", ContentDisposition(markdown));
        Assert.Equal(order.Markdown, await markdown.Content.ReadAsStringAsync());

        using var html = await http.GetAsync(path + "?format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".html", ContentDisposition(html));
        var body = await html.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", body);
        Assert.Contains(order.Html, body);

        using var creativeReads = await WithToken(http, p.Service.TokenFor("creative-kim", p.Org)).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, creativeReads.StatusCode);
        using var outsider = await WithToken(http, p.Service.TokenFor("member-lee", p.Org)).GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        using var otherOrg = await WithToken(http, p.Service.TokenFor("pm-alex", Guid.NewGuid())).GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, otherOrg.StatusCode);
        using var badFormat = await WithToken(http, p.Service.TokenFor("pm-alex", p.Org)).GetAsync(path + "?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        using var anonymous = await p.Service.Server.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_change_order_of_a_version_nobody_approved_is_NotFound()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync();
        await RpcAssert.FailsWith(StatusCode.NotFound, () => p.Pm.GetChangeOrderAsync(Order(approved, version: 2)).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("version", () => p.Pm.GetChangeOrderAsync(Order(approved, version: 0)).ResponseAsync);
    }

    private static string ContentDisposition(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Content-Disposition", out var values) ? string.Join(";", values)
        : response.Headers.TryGetValues("Content-Disposition", out var headerValues) ? string.Join(";", headerValues) : "";

    private static HttpClient WithToken(HttpClient http, string token)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
