namespace Crewline.ClientComms.Features.Inbound;

/// <summary>
/// The JSON a mail provider posts for each received mail (docs/CONTRACTS.md, "Inbound mail webhook").
/// </summary>
/// <param name="Id">The provider's id of the mail (one stored message per id: a repeated post is answered, not stored twice).</param>
/// <param name="From">The sender.</param>
/// <param name="To">The addresses it was sent to; a reply to a Crewline mail includes <c>reply+&lt;token&gt;@&lt;reply domain&gt;</c>.</param>
/// <param name="Subject">The subject (a reply keeps <c>[ref:&lt;token&gt;]</c>, the fallback for threading).</param>
/// <param name="Text">The text body.</param>
/// <param name="Marker">Optional: <c>change_request</c>, <c>accept</c> or <c>decline</c> (set by the provider's rules or the team's triage).</param>
public sealed record InboundMail(string? Id, InboundAddress? From, IReadOnlyList<string>? To, string? Subject, string? Text, string? Marker);

/// <summary>A sender: name and address.</summary>
public sealed record InboundAddress(string? Name, string? Email);
