using System.Text.RegularExpressions;

namespace Crewline.Bench.Measurement;

/// <summary>One statement a client ran, as PostgreSQL logged it (<c>log_statement = all</c>): its SQL and its parameters' literals.</summary>
public sealed record LoggedStatement(string Sql, IReadOnlyList<string> Parameters);

/// <summary>
/// Reads the statements of one database out of PostgreSQL's stderr log written with a known
/// <c>log_line_prefix</c> (<c>PREFIX%d: </c>): <c>LOG:  execute &lt;name&gt;: SQL</c> (the SQL may go on over
/// lines without the prefix) followed by <c>DETAIL:  parameters: $1 = '…', $2 = NULL</c> (the case of "parameters" differs by version).
/// </summary>
public static partial class LoggedStatements
{
    public static IReadOnlyList<LoggedStatement> Parse(IEnumerable<string> lines, string prefix, string database)
    {
        var statements = new List<LoggedStatement>();
        var ownPrefix = $"{prefix}{database}: ";
        List<string>? sql = null;
        var inOwnEntry = false;
        void Flush(IReadOnlyList<string> parameters)
        {
            if (sql is not null) statements.Add(new LoggedStatement(string.Join('\n', sql).Trim(), parameters));
            sql = null;
        }

        foreach (var line in lines)
        {
            if (!line.StartsWith(prefix, StringComparison.Ordinal))
            {
                // A continuation of the entry above (the SQL's next line).
                if (inOwnEntry) sql?.Add(line);
                continue;
            }
            inOwnEntry = line.StartsWith(ownPrefix, StringComparison.Ordinal);
            if (!inOwnEntry) continue;
            var text = line[ownPrefix.Length..];
            if (Execute().Match(text) is { Success: true } execute)
            {
                Flush([]);
                sql = [execute.Groups["sql"].Value];
            }
            else if (text.StartsWith("DETAIL:  Parameters: ", StringComparison.OrdinalIgnoreCase))
            {
                Flush(Parameter().Matches(text).Select(m => m.Groups["value"].Value).ToList());
            }
            else
            {
                Flush([]);
            }
        }
        Flush([]);
        return statements;
    }

    [GeneratedRegex(@"^LOG:  (?:execute [^:]*|statement): (?<sql>.*)$")]
    private static partial Regex Execute();

    [GeneratedRegex(@"\$\d+ = (?<value>NULL|'(?:[^']|'')*')")]
    private static partial Regex Parameter();
}
