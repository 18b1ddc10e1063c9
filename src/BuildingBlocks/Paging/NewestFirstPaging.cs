using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.Paging;

/// <summary>One page of a newest-first list and the token of the next page (empty on the last).</summary>
public sealed record NewestFirstPage<T>(IReadOnlyList<T> Items, string NextPageToken);

/// <summary>
/// Keyset paging for lists ordered newest first by (timestamp, id): stable under inserts, and
/// the same query shape everywhere (cursor from <see cref="PageToken.DecodeTimeAndId"/>).
/// </summary>
public static class NewestFirstPaging
{
    public static async Task<NewestFirstPage<T>> NewestFirstPageAsync<T>(
        this IQueryable<T> query,
        Expression<Func<T, DateTimeOffset>> at,
        Expression<Func<T, Guid>> id,
        (DateTimeOffset At, Guid Id)? after,
        int size,
        CancellationToken cancellationToken)
    {
        if (after is { } cursor) query = query.Where(OlderThan(at, id, cursor));
        var rows = await query.OrderByDescending(at).ThenByDescending(id).Take(size + 1).ToListAsync(cancellationToken);
        var items = rows.Take(size).ToList();
        var next = rows.Count > size ? PageToken.EncodeTimeAndId(at.Compile()(items[^1]), id.Compile()(items[^1])) : "";
        return new NewestFirstPage<T>(items, next);
    }

    /// <summary><c>row =&gt; at(row) &lt; cursor.At || (at(row) == cursor.At &amp;&amp; id(row) &lt; cursor.Id)</c>, with the cursor as query parameters.</summary>
    private static Expression<Func<T, bool>> OlderThan<T>(
        Expression<Func<T, DateTimeOffset>> at, Expression<Func<T, Guid>> id, (DateTimeOffset At, Guid Id) cursor)
    {
        var row = at.Parameters[0];
        var rowId = new ParameterReplacer(id.Parameters[0], row).Visit(id.Body);
        var bound = Expression.Constant(new Cursor(cursor.At, cursor.Id));
        var boundAt = Expression.Property(bound, nameof(Cursor.At));
        var boundId = Expression.Property(bound, nameof(Cursor.Id));
        var idComparison = Expression.Call(rowId, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, boundId);
        var olderThan = Expression.OrElse(
            Expression.LessThan(at.Body, boundAt),
            Expression.AndAlso(Expression.Equal(at.Body, boundAt), Expression.LessThan(idComparison, Expression.Constant(0))));
        return Expression.Lambda<Func<T, bool>>(olderThan, row);
    }

    private sealed record Cursor(DateTimeOffset At, Guid Id);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
